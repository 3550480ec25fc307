/** Words of the sign-in screen (and the welcome back it hands to the session room). */
export const en = {
  'auth.signInTitle': 'Sign in',
  'auth.signUpTitle': 'Create an account',
  'auth.intro': 'Track how you feel each day, at your own pace.',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.signInButton': 'Sign in',
  'auth.signUpButton': 'Sign up',
  'auth.switchToSignUp': 'Create an account',
  'auth.switchToSignIn': 'Sign in instead',
  'auth.switchPromptSignIn': 'New here?',
  'auth.switchPromptSignUp': 'Already signed up?',
  'auth.working': 'One moment…',
  // Sign-up never says whether an address has an account (docs/adr/0009); it explains what will happen instead.
  'auth.signUpSameAgain':
    'If you sign up again with the same email and the same password, we open the account you already have. The same email with a different password makes a separate, empty account.',
  'auth.welcomeBack': 'Welcome back — you already had an account, we’ve signed you in.',
} as const;
