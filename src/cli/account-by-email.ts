import { normalizeEmail } from '../core/index.js';
import type { Store } from '../storage/index.js';
import { CliFailure, EXIT } from './program.js';

/**
 * The one account an operator names by email. An email may have several accounts (docs/adr/0009): then the
 * command refuses rather than read or write the wrong person's records.
 */
export async function accountByEmail(store: Store, email: string): Promise<{ readonly id: string }> {
  const [user, other] = await store.users.listByEmail(normalizeEmail(email), 2);
  if (!user) throw new CliFailure('not_found', `no account with the email ${email}`, EXIT.failed);
  if (other) throw new CliFailure('invalid_input', `several accounts use the email ${email}`, EXIT.failed);
  return user;
}
