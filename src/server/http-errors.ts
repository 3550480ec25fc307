/**
 * The one place where failures become HTTP: a code → status table, and the error handler that every
 * failure passes through. Route handlers never choose an error status themselves.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { describeError } from '../api/error-messages.js';
import type { ErrorBody } from '../api/schemas.js';
import { domainError, type DomainError, type ErrorCode } from '../core/index.js';

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  date_in_future: 422,
  unknown_symptom: 422,
  abrupt_stop: 422,
  too_fast: 422,
  pace_unreachable: 422,
  equivalence_out_of_range: 422,
  floor_too_high: 422,
  unmeasurable_dose: 422,
  unknown_medication: 422,
  form_unavailable: 422,
  plan_too_long: 422,
  too_many_holds: 422,
  too_many_shares: 422,
  invalid_plan: 422,
  range_too_long: 400,
  invalid_text: 400,
  weak_password: 400,
  wrong_password: 403,
  request_timeout: 408,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** Thrown by handlers to end a request with a domain error; the error handler turns it into a response. */
export class RequestFailure extends Error {
  constructor(
    readonly failure: DomainError,
    readonly retryAfterSeconds?: number,
  ) {
    super(failure.code);
  }
}

export function fail(code: ErrorCode, field?: string): RequestFailure {
  return new RequestFailure(domainError(code, field));
}

export function errorBody(error: DomainError): ErrorBody {
  const body: ErrorBody['error'] = { code: error.code, message: describeError(error.code, error.field) };
  return { error: error.field === undefined ? body : { ...body, field: error.field } };
}

interface ValidationIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: { readonly keys?: readonly string[] };
}

/** The dotted field path a validation failure points at, e.g. `symptoms.tremor` or `date`. */
function fieldOf(issues: readonly ValidationIssue[]): string | undefined {
  const first = issues[0];
  if (!first) return undefined;
  const path = first.instancePath.split('/').filter(Boolean);
  if (first.keyword === 'unrecognized_keys' && first.params.keys?.[0] !== undefined) path.push(first.params.keys[0]);
  return path.length > 0 ? path.join('.') : undefined;
}

/** Fastify's own client errors (bad JSON, wrong content type, body too large) in our vocabulary. */
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_CSRF_INVALID_TOKEN: 'csrf_failed',
  FST_CSRF_MISSING_SECRET: 'csrf_failed',
};

export function toDomainError(error: FastifyError | RequestFailure): DomainError {
  if (error instanceof RequestFailure) return error.failure;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const field = fieldOf(error.validation);
    return domainError('invalid_input', field);
  }
  const mapped = FASTIFY_CODES[error.code];
  if (mapped) return domainError(mapped);
  if (error.statusCode === 429) return domainError('rate_limited');
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return domainError('invalid_input');
  }
  return domainError('internal');
}

export function handleError(
  error: FastifyError | RequestFailure,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const domain = toDomainError(error);
  const status = HTTP_STATUS[domain.code];
  // A 5xx the server chose (503 while shutting down) is expected, not a fault: only unexpected ones are errors.
  if (status >= 500 && error instanceof RequestFailure) request.log.info({ code: domain.code }, 'request refused');
  else if (status >= 500) request.log.error({ err: error }, 'request failed');
  if (error instanceof RequestFailure && error.retryAfterSeconds !== undefined) {
    void reply.header('retry-after', String(error.retryAfterSeconds));
  }
  return reply.status(status).send(errorBody(domain));
}
