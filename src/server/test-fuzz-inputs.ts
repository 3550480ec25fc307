/**
 * Test helper: fast-check arbitraries for the route fuzz (fuzz.int.test.ts). Valid inputs come first, then the same
 * inputs with one field mutated (removed, replaced by a hostile value, or joined by an unknown key), then noise.
 */
import fc from 'fast-check';
import { addDays } from '../core/index.js';

const TODAY = '2026-11-25';

/** Values that break naive code: extremes, wrong types, impossible dates, text a database refuses, deep nesting. */
const HOSTILE: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  -1e308,
  2 ** 53 + 1,
  1e-7,
  0.30000000000000004,
  4.5,
  '',
  ' ',
  '0',
  '1e3',
  'NaN',
  'null',
  '0000-00-00',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  '1900-01-01',
  '+275760-09-13',
  '2026-11-24T25:00:00Z',
  '2026-11-24T08:00:00+99:00',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '🙂'.repeat(200),
  'x'.repeat(70_000),
  "'; drop table users; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  [],
  {},
  [null],
  [[[]]],
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
];

/** Nested values stay shallow enough for JSON.stringify in the test; raw bodies nest deeper (test-fuzz-routes.ts). */
const deep = fc.integer({ min: 50, max: 1000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  // fast-check prints a failing input recursively; say how deep instead (a symbol key is not sent as JSON).
  Object.defineProperty(value, fc.toStringMethod, { value: () => `<${String(depth)} levels deep>`, enumerable: false });
  return value;
});

export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: deep },
);

/** Every path to a value inside `value` (objects and arrays), shallow ones first. */
function paths(value: unknown, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_v, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [
    [...prefix, k],
    ...paths((value as Record<string | number, unknown>)[k], [...prefix, k]),
  ]);
}

/** A copy of `value` with the slot at `path` changed (or removed, when `change` answers REMOVE). */
function mutateAt(value: unknown, path: readonly (string | number)[], change: (slot: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return change(value);
  if (typeof value !== 'object' || value === null) return value;
  const slot = (value as Record<string | number, unknown>)[head];
  const next = rest.length === 0 ? change(slot) : mutateAt(slot, rest, change);
  if (Array.isArray(value))
    return next === REMOVE
      ? value.filter((_v, i) => i !== head)
      : value.map((v: unknown, i) => (i === head ? next : v));
  const entries = Object.entries(value).filter(([k]) => k !== String(head));
  return Object.fromEntries(next === REMOVE ? entries : [...entries, [String(head), next]]);
}

const REMOVE = Symbol('remove');

/** `valid` itself, or with one field removed, replaced by a hostile value, or joined by an unknown key. */
export function nearValid<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const mutated = valid.chain((value) => {
    const all = paths(value);
    const at = all.length === 0 ? fc.constant([] as readonly (string | number)[]) : fc.constantFrom(...all);
    return fc.oneof(
      fc.tuple(at, hostile).map(([path, bad]) => mutateAt(value, path, () => bad)),
      at.map((path) => (path.length === 0 ? value : mutateAt(value, path, () => REMOVE))),
      hostile.map((bad) =>
        typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, unexpected: bad } : bad,
      ),
    );
  });
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 5, arbitrary: mutated },
    { weight: 1, arbitrary: hostile },
    { weight: 1, arbitrary: fc.jsonValue() },
  );
}

/** Days around the server's today (the test clock): past, today, tomorrow, the future. */
export const nearDate = fc.integer({ min: -120, max: 30 }).map((d) => addDays(TODAY, d));
export const dateText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: nearDate },
  { weight: 1, arbitrary: fc.constantFrom('0000-00-00', '2026-02-30', '9999-12-31', '1900-01-01', 'today', '') },
);
export const dateTime = fc
  .tuple(
    fc.integer({ min: -60, max: 2 }),
    fc.integer({ min: 0, max: 86_399 }),
    fc.constantFrom('Z', '+02:00', '-05:00', '+14:00'),
  )
  .map(([d, s, zone]) => {
    const time = new Date(s * 1000).toISOString().slice(11, 19);
    return `${addDays(TODAY, d)}T${time}${zone}`;
  });
export const shortText = fc.string({ unit: 'grapheme', maxLength: 80 });

/** A query string from optional keys; values are text, hostile text, or repeated (an array). */
export function queryOf(
  keys: Readonly<Record<string, fc.Arbitrary<string>>>,
): fc.Arbitrary<Record<string, string | string[] | undefined>> {
  const value = (valid: fc.Arbitrary<string>) =>
    fc.oneof(
      { weight: 10, arbitrary: valid },
      { weight: 1, arbitrary: hostile.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) },
      { weight: 1, arbitrary: fc.array(valid, { minLength: 2, maxLength: 3 }) },
    );
  const known = fc.record(Object.fromEntries(Object.entries(keys).map(([k, a]) => [k, value(a)])), {
    requiredKeys: [],
  });
  return fc.oneof(
    { weight: 8, arbitrary: known },
    { weight: 1, arbitrary: known.map((q) => ({ ...q, unexpected: '1' })) },
  );
}

/** Text safe to put in a URL: a lone surrogate cannot be percent-encoded, so it becomes invalid UTF-8 bytes instead. */
export function encodePart(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

/** A path parameter: one of the given (known ids, valid dates), or hostile text. */
export function param(known: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: known },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\ud800', '..', '%2F', 'x'.repeat(300), ' ', 'null') },
    { weight: 1, arbitrary: shortText.filter((s) => s !== '') },
  );
}
