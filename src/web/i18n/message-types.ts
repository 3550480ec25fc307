/**
 * Types read from the English catalogues: which ids exist, and which values each message needs. A message
 * "{count, plural, one {# day} other {# days}} left" needs { count }; "Saved" needs nothing. Checked by tsc, so a
 * screen cannot ask for an id that is not there or forget a value.
 */

type Trim<S extends string> = S extends ` ${infer T}` ? Trim<T> : S extends `${infer T} ` ? Trim<T> : S;
type HasClose<S extends string> = S extends `${string}}${string}` ? true : false;

/**
 * Walks an ICU message brace by brace, keeping a stack of where it is: in text (the message, or one case of a
 * plural or select), where "{" starts a placeholder; or among the cases of a "{name, plural, …}", where "{"
 * starts a case ("one {# day}") whose words are text, not a placeholder. A "}" ends what is open.
 */
type Scan<S extends string, Stack extends readonly Where[], Names extends string> = Stack extends readonly [
  ...infer Below extends readonly Where[],
  infer Here extends Where,
]
  ? Step<NextBrace<S>, Here, Below, Names>
  : Names;
type Where = 'text' | 'cases';

/** The next brace of either kind, with what follows it. */
type NextBrace<S extends string> = S extends `${infer Before}{${infer After}`
  ? HasClose<Before> extends true
    ? NextClose<S>
    : readonly ['open', After]
  : NextClose<S>;
type NextClose<S extends string> = S extends `${string}}${infer Rest}` ? readonly ['close', Rest] : readonly ['end'];

type Step<Next, Here extends Where, Below extends readonly Where[], Names extends string> = Next extends readonly [
  'close',
  infer Rest extends string,
]
  ? Scan<Rest, Below, Names>
  : Next extends readonly ['open', infer After extends string]
    ? Here extends 'text'
      ? Placeholder<After, Below, Names>
      : Scan<After, [...Below, 'cases', 'text'], Names>
    : Names;

/** "{name}" stays in text; "{name, plural, …}" goes on among its cases. */
type Placeholder<
  After extends string,
  Below extends readonly Where[],
  Names extends string,
> = After extends `${infer Simple}}${infer Rest}`
  ? Simple extends `${infer Name},${infer Args}`
    ? Scan<`${Args}}${Rest}`, [...Below, 'text', 'cases'], Names | Trim<Name>>
    : Scan<Rest, [...Below, 'text'], Names | Trim<Simple>>
  : Names;

/** Every placeholder name in an ICU message ("count" in "{count, plural, one {# day} other {# days}}"). */
export type PlaceholderNames<S extends string> = Scan<S, ['text'], never>;

/** The values a message needs: none (no second argument), or one object naming each placeholder. */
export type ValuesFor<S extends string> = [PlaceholderNames<S>] extends [never]
  ? []
  : [values: Values<PlaceholderNames<S>>];

type Values<Names extends string> = { readonly [Name in Names]: string | number };

/** A translation of a catalogue: any of its ids (missing ones fall back to English), nothing else. */
export type Translation<Source> = { readonly [Id in keyof Source]?: string };
