import { describe, expectTypeOf, it } from 'vitest';
import type { PlaceholderNames } from './message-types.js';

// Checked by tsc (tsconfig includes tests): the value names t() asks for, read from ICU messages.
describe('the value names read from a message', () => {
  it('finds simple placeholders and plural arguments', () => {
    expectTypeOf<PlaceholderNames<'Plain words'>>().toEqualTypeOf<never>();
    expectTypeOf<PlaceholderNames<'{field}: {text}'>>().toEqualTypeOf<'field' | 'text'>();
    expectTypeOf<PlaceholderNames<'{count, plural, one {# day} other {# days}}'>>().toEqualTypeOf<'count'>();
    expectTypeOf<PlaceholderNames<'Size {v, number} mg'>>().toEqualTypeOf<'v'>();
  });

  it('does not take the words of a case for a placeholder', () => {
    expectTypeOf<PlaceholderNames<'Step {row}, {part, select, days {days} other {daily dose}}'>>().toEqualTypeOf<
      'row' | 'part'
    >();
    expectTypeOf<PlaceholderNames<'{n, plural, one {it} other {them}} and {x}'>>().toEqualTypeOf<'n' | 'x'>();
  });

  it('finds placeholders nested inside cases', () => {
    expectTypeOf<
      PlaceholderNames<'{n, plural, one {Step {s} of {m}} other {x {y, select, a {b} other {c}}}} end {z}'>
    >().toEqualTypeOf<'n' | 's' | 'm' | 'y' | 'z'>();
  });
});
