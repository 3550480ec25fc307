/**
 * What a client of the HTTP API gets back from one request: the value, or a failure carrying the wire error's
 * code (plus `network_error` when no answer came). Types only, so any client can share them.
 */
import type { ErrorCode, Result } from '../core/index.js';

export type ClientErrorCode = ErrorCode | 'network_error';

export interface ApiFailure {
  readonly code: ClientErrorCode;
  readonly message: string;
  readonly field?: string;
  readonly status: number;
  /** From Retry-After on a 429: past a sign-in ceiling this is a few seconds, not minutes. */
  readonly retryAfterSeconds?: number;
}

export type ApiResult<T> = Result<T, ApiFailure>;
