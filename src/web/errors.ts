/** TEMPORARY (issue #10): renamed describe-failure.ts; deleted once the screens being moved import that. */
export { describeFailure } from './describe-failure.js';
