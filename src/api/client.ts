/**
 * TEMPORARY (issue #10): the HTTP client moved to src/web/data/http-client.ts and its result types to
 * api-result.ts; screens other helpers are still moving import the types from here. Deleted once they are merged.
 */
export type { ApiFailure, ApiResult, ClientErrorCode } from './api-result.js';
