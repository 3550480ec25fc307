/**
 * Compiles the message catalogues (a `locales/<locale>.ts` file beside each feature) at build
 * time: every ICU MessageFormat string becomes Lingui's compiled form, so the browser ships ready messages and no
 * ICU parser. Runs in Vite (vite.config.ts) and in the Vitest projects (vitest.config.ts), so tests see what the
 * browser sees.
 *
 * A catalogue is deliberately plain: `export const en = { 'id': 'ICU string', ... } as const;` Anything else in
 * its top-level object (a computed value, a function, a template with expressions) fails the build, so a
 * catalogue stays something a translator can edit.
 */
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/** Which modules are catalogues: `.../locales/en.ts`, `.../locales/de.ts`. */
export const CATALOGUE_FILE = /[\\/]locales[\\/][a-z]{2}\.ts$/;

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

/** The object literal that a catalogue exports (`export const en = {...}`), or undefined. */
function exportedObject(program: Node): Node | undefined {
  const body = program['body'] as readonly Node[];
  for (const statement of body) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const declaration = statement['declaration'] as Node | null;
    const declarators = (declaration?.['declarations'] ?? []) as readonly Node[];
    const init = declarators[0]?.['init'] as Node | undefined;
    if (init?.type === 'ObjectExpression') return init;
  }
  return undefined;
}

/** The text of a plain string value, or undefined for anything else. */
function stringValue(value: Node): string | undefined {
  if (value.type === 'Literal' && typeof value['value'] === 'string') return value['value'];
  if (value.type === 'TemplateLiteral' && (value['expressions'] as readonly unknown[]).length === 0) {
    const quasi = (value['quasis'] as readonly Node[])[0];
    const cooked = (quasi?.['value'] as { cooked?: string } | undefined)?.cooked;
    return cooked;
  }
  return undefined;
}

/** Replaces each message of the catalogue's object with its compiled form; throws on anything not a message. */
export function compileCatalogue(code: string, program: Node, file: string): string {
  const object = exportedObject(program);
  if (!object) throw new Error(`${file}: a catalogue must export one object of messages.`);
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const property of object['properties'] as readonly Node[]) {
    const value = property['value'] as Node | undefined;
    const message = value ? stringValue(value) : undefined;
    if (property.type !== 'Property' || !value || message === undefined)
      throw new Error(`${file}: every entry of a catalogue must be 'id': 'message' (at offset ${property.start}).`);
    const compiled = compileMessageOrThrow(message);
    // A message without placeholders compiles to one string: ship the string itself.
    const text = compiled.length === 1 && typeof compiled[0] === 'string' ? compiled[0] : compiled;
    replacements.push({ start: value.start, end: value.end, text: JSON.stringify(text) });
  }
  let out = code;
  for (const { start, end, text } of replacements.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export function catalogues(): Plugin {
  return {
    name: 'taper:catalogues',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!CATALOGUE_FILE.test(file)) return null;
      const program = this.parse(code) as unknown as Node;
      return { code: compileCatalogue(code, program, file), map: null };
    },
  };
}
