/** docs/SOURCES.md and the code agree: every source id the data cites has a row, and every row is cited. */
// eslint-disable-next-line no-restricted-imports -- the test reads the doc beside the code; the core itself stays pure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './instruments/registry.js';
import { MEDICATIONS } from './medications/registry.js';
import { RED_FLAGS, SUPPLY_FLAGS } from './red-flags.js';
import { SYMPTOM_CATALOGUE } from './symptoms/catalogue.js';

const cited: ReadonlySet<string> = new Set([
  ...MEDICATIONS.flatMap((m) => [
    ...m.halfLifeHours.sources,
    ...m.equivalents.flatMap((e) => e.sources),
    ...m.forms.flatMap((f) => f.sources),
  ]),
  ...SYMPTOM_CATALOGUE.flatMap((s) => s.sources),
  ...INSTRUMENTS.flatMap((i) => i.sources),
  ...[...RED_FLAGS, ...SUPPLY_FLAGS].flatMap((f) => f.sources),
]);

/** The table rows of docs/SOURCES.md: `| \`id\` | source | date | address | used for |`. */
const rows = readFileSync(new URL('../../docs/SOURCES.md', import.meta.url), 'utf8')
  .split('\n')
  .flatMap((line) => {
    const match = /^\| `([a-z0-9-]+)` \|(.*)\|$/.exec(line);
    return match?.[1] && match[2] !== undefined
      ? [{ id: match[1], cells: match[2].split(' | ').map((c) => c.trim()) }]
      : [];
  });
const documented = new Set(rows.map((r) => r.id));

describe('docs/SOURCES.md', () => {
  it('has a row for every source id the code cites', () => {
    expect(cited.size).toBeGreaterThan(0);
    expect([...cited].filter((id) => !documented.has(id))).toEqual([]);
  });

  it('has no row for an id the code no longer cites, and no id twice', () => {
    expect(rows.map((r) => r.id).filter((id) => !cited.has(id))).toEqual([]);
    expect(documented.size).toBe(rows.length);
  });

  it('gives each source a title, a date or edition, a web address and what it is used for', () => {
    for (const { id, cells } of rows) {
      expect(cells, id).toHaveLength(4);
      for (const cell of cells) expect(cell.length, id).toBeGreaterThan(0);
      // The seed is the project's own brief; everything else can be looked up.
      if (id !== 'seed') expect(cells[2], id).toMatch(/https?:\/\//);
    }
  });

  it('dates the Ashton equivalence table 2007, apart from the 2002 manual', () => {
    const cellsOf = (id: string) => rows.find((r) => r.id === id)?.cells ?? [];
    expect(cellsOf('ashton-equivalence-2007')[1]).toMatch(/2007/);
    expect(cellsOf('ashton-equivalence-2007')[2]).toContain('https://www.benzo.org.uk/bzequiv.htm');
    expect(cellsOf('ashton-manual')[1]).toMatch(/2002/);
  });
});
