/**
 * The one place security events are logged. Lines carry the event, the account id when known, a short keyed
 * hash of the email (never the email itself), and the client address; never a password or a token.
 */
import type { FastifyRequest } from 'fastify';

export type SecurityEvent =
  | 'signup'
  | 'login'
  | 'login_failed'
  | 'lockout'
  | 'password_changed'
  | 'password_change_failed'
  | 'session_ended'
  | 'logout'
  | 'logout_all'
  | 'account_deleted'
  | 'account_delete_failed';

const WARNINGS = new Set<SecurityEvent>(['login_failed', 'lockout', 'password_change_failed', 'account_delete_failed']);

export interface SecurityDetails {
  readonly userId?: string | undefined;
  /** From LoginKeys.tag. */
  readonly emailTag?: string | undefined;
  /** Why, in a word: for lockout, which limit ('pair' | 'account'). */
  readonly reason?: string;
  readonly sessions?: number;
}

export function logSecurityEvent(request: FastifyRequest, event: SecurityEvent, details: SecurityDetails = {}): void {
  const line = { security: true, event, ip: request.ip, ...details };
  if (WARNINGS.has(event)) request.log.warn(line, event);
  else request.log.info(line, event);
}
