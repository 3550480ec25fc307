/** Emails are compared without regard to case or surrounding spaces, so "Ann@Example.org " signs in as ann@example.org. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
