/** Words of the sign-in screen (and the welcome back it hands to the session room). */

export const authText = {
  signInTitle: 'Sign in',
  signUpTitle: 'Create an account',
  intro: 'Track how you feel each day, at your own pace.',
  email: 'Email',
  password: 'Password',
  signInButton: 'Sign in',
  signUpButton: 'Sign up',
  switchToSignUp: 'Create an account',
  switchToSignIn: 'Sign in instead',
  switchPromptSignIn: 'New here?',
  switchPromptSignUp: 'Already signed up?',
  working: 'One moment…',
  // Sign-up never says whether an address has an account (docs/adr/0009); it explains what will happen instead.
  signUpSameAgain:
    'If you sign up again with the same email and the same password, we open the account you already have. The same email with a different password makes a separate, empty account.',
  welcomeBack: 'Welcome back — you already had an account, we’ve signed you in.',
} as const;
