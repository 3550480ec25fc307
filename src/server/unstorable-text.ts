/**
 * One rule at the edge for text a database cannot store: PostgreSQL refuses a NUL character in text (a 500 before this
 * rule), and a lone UTF-16 surrogate has no UTF-8 form, so it would be stored altered. Every request's body, query
 * string and path parameters are walked before validation; the first such string (a value or an object key) ends the
 * request with 400 `invalid_text` naming its field, so no route or schema needs to remember it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fail } from './http-errors.js';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag: code units). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/**
 * The dotted path of the first unstorable string in `value` (`note`, `tags.2`, `symptoms`: a bad key is named by its
 * object, as the key itself cannot be shown), '' for the value itself, or undefined when all is storable. Iterative,
 * so a deeply nested body cannot exhaust the stack; bounded by the body limit.
 */
export function findUnstorableText(value: unknown): string | undefined {
  const pending: [unknown, string][] = [[value, '']];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item === 'string') {
      if (!isStorableText(item)) return path;
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) pending.push([item[i], join(path, String(i))]);
    } else if (typeof item === 'object' && item !== null) {
      const entries: [string, unknown][] = Object.entries(item);
      if (entries.some(([key]) => !isStorableText(key))) return path;
      for (const [key, child] of entries.reverse()) pending.push([child, join(path, key)]);
    }
  }
  return undefined;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

function check(request: FastifyRequest): void {
  for (const part of [request.params, request.query, request.body]) {
    const field = findUnstorableText(part);
    if (field !== undefined) throw fail('invalid_text', field === '' ? undefined : field);
  }
}

/** Refuses unstorable text on every route of `app` (and of what it registers afterwards). */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => check(request));
}
