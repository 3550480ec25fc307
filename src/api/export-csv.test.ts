import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SYMPTOM_CATALOGUE } from '../core/index.js';
import { CSV_BOM, csvField, exportCsv, FORMULA_GUARDED, type CsvTable } from './export-csv.js';
import type { ExportFile } from './export-schemas.js';
import { exportFileFixture, TRICKY_NOTES } from './test-export-file.js';

/** A real parser reads the table back; rows as header → cell. */
function read(file: ExportFile, table: CsvTable): Record<string, string>[] {
  return parse<Record<string, string>>(exportCsv(file, table), { bom: true, columns: true });
}

/** What a reader does to get typed text back: drop the apostrophe the formula guard added. */
const unguard = (cell: string) => (FORMULA_GUARDED.test(cell) ? cell.slice(1) : cell);
/** A JSON record as the CSV row a reader expects: snake_case headers, every value as text. */
const snakeRow = (record: object) =>
  Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key.replaceAll(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      text(value as number | string | null),
    ]),
  );

/** Any character, often one that CSV or a spreadsheet treats specially. */
const NOTE_CHARACTER = fc.oneof(
  fc.constantFrom(',', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', "'", ';'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const text = (value: number | string | null) => (value === null ? '' : String(value));

describe('CSV fields (RFC 4180)', () => {
  it('quotes a field with a comma, quote or line break, doubling quotes, and leaves plain ones bare', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField(0.45)).toBe('0.45');
    expect(csvField(null)).toBe('');
  });

  it('guards cells a spreadsheet would run as a formula with a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1+1`).replaceAll('"', '')).toMatch(/^'/);
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField("'=x")).toBe("''=x");
    expect(csvField("it's fine")).toBe("it's fine");
  });

  it('starts with a byte-order mark and ends every record, the last too, with CRLF', () => {
    const csv = exportCsv(exportFileFixture(), 'doses');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('id,date,taken_at,medication_id,dose_mg,form,note');
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/(?<!")\n/);
  });
});

describe('the four tables, parsed back with csv-parse', () => {
  const file = exportFileFixture();

  it('check-ins: a row per day, a column per catalogue and own symptom, blank where not rated', () => {
    const rows = read(file, 'checkins');
    expect(rows).toHaveLength(file.checkins.length);
    const header = Object.keys(rows[0] ?? {});
    expect(header.slice(0, 3)).toEqual(['date', 'sleep_minutes', 'dose_mg']);
    expect(header).toEqual(expect.arrayContaining([...SYMPTOM_CATALOGUE.map((s) => s.id), 'own:own-jaw']));
    file.checkins.forEach((c, i) => {
      const row = rows[i] ?? {};
      expect(row['date']).toBe(c.date);
      expect(row['sleep_minutes']).toBe(text(c.sleepMinutes));
      expect(row['dose_mg']).toBe(text(c.doseMg));
      expect(unguard(row['note'] ?? '')).toBe(c.note);
      expect(row['tags']).toBe(c.tags.join(';'));
      expect(row['edited_at']).toBe(c.editedAt);
      for (const s of SYMPTOM_CATALOGUE) expect(row[s.id], s.id).toBe(text(c.symptoms[s.id] ?? null));
      expect(row['own:own-jaw']).toBe(text(c.symptoms['own-jaw'] ?? null));
    });
    expect(rows.map((r) => unguard(r['note'] ?? ''))).toEqual([...TRICKY_NOTES]);
  });

  it('doses, questionnaires and events carry every field of the JSON export', () => {
    expect(read(file, 'doses')).toEqual(file.doses.map(snakeRow));
    const questionnaires = read(file, 'questionnaires');
    file.questionnaires.forEach((q, i) => {
      const row = questionnaires[i] ?? {};
      expect(row).toMatchObject({ id: q.id, instrument: q.instrument, date: q.date, score: text(q.score) });
      expect(row['band']).toBe(text(q.band));
      expect(q.answers.map((_, n) => row[`q${n + 1}`])).toEqual(q.answers.map(String));
      expect(row['hours-slept']).toBe(text(q.unscored['hours-slept'] ?? null));
      expect(row['minutes-to-sleep']).toBe(text(q.unscored['minutes-to-sleep'] ?? null));
    });
    expect(read(file, 'events')).toEqual(file.events.map(snakeRow));
  });

  it('keeps a symptom id that is neither in the catalogue nor the person’s own in a column of its own', () => {
    const odd = { ...file, checkins: [{ ...exportFileFixture().checkins[0], symptoms: { retired: 2 } }] } as ExportFile;
    expect(read(odd, 'checkins')[0]?.['retired']).toBe('2');
  });

  test.prop([fc.array(fc.string({ unit: NOTE_CHARACTER, maxLength: 40 }), { minLength: 1, maxLength: 8 })])(
    'any note reads back exactly (after the formula guard is undone)',
    (notes) => {
      const base = exportFileFixture();
      const template = base.checkins[0];
      if (!template) throw new Error('fixture has a check-in');
      const checkins = notes.map((note, i) => ({ ...template, id: `c${i}`, note }));
      const rows = read({ ...base, checkins }, 'checkins');
      expect(rows.map((r) => unguard(r['note'] ?? ''))).toEqual(notes);
    },
  );
});
