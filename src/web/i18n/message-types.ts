/**
 * Types read from the English catalogues: which ids exist, and which values each message needs. A message
 * "{count, plural, one {# day} other {# days}} left" needs { count }; "Saved" needs nothing. Checked by tsc, so a
 * screen cannot ask for an id that is not there or forget a value.
 */

/** A placeholder name is one word: "count" in "{count, plural, …}", "name" in "{name}"; "# day" is not one. */
type Word<S extends string> = S extends '' ? never : S extends `${string}${' ' | '#' | '{' | "'"}${string}` ? never : S;

/** The name at the start of what follows a "{": up to the first "," or "}". */
type NameAt<S extends string> = S extends `${infer Head}}${string}`
  ? Head extends `${infer Name},${string}`
    ? Word<Name>
    : Word<Head>
  : never;

/** Every placeholder name in an ICU message, nested plural and select cases included. */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer After}`
  ? NameAt<After> | PlaceholderNames<After>
  : never;

/** The values a message needs: none (no second argument), or one object naming each placeholder. */
export type ValuesFor<S extends string> = [PlaceholderNames<S>] extends [never]
  ? []
  : // The rule sees the generic form, whose names are unknown; a message with no names takes the branch above.
    // eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type
    [values: Values<PlaceholderNames<S>>];

type Values<Names extends string> = { readonly [Name in Names]: string | number };

/** A translation of a catalogue: any of its ids (missing ones fall back to English), nothing else. */
export type Translation<Source> = { readonly [Id in keyof Source]?: string };
