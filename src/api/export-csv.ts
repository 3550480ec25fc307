/**
 * The export file as four CSV tables (docs/export-format.md, "CSV"): check-ins, doses, questionnaires and events.
 * Pure functions of the export file, so GET /api/v1/export/*.csv and `taper export --format csv` write the same bytes.
 *
 * RFC 4180: comma-separated, CRLF after every record (the last included), a header row, and a field quoted with
 * "" for a quote whenever it holds a comma, a quote, CR or LF. UTF-8 with a byte-order mark: the people who open
 * these are most often in a spreadsheet, and Excel reads BOM-less UTF-8 as the local code page (mojibake for
 * anything beyond ASCII); CSV parsers strip it (csv-parse `bom: true`, Python `utf-8-sig`).
 */
import { INSTRUMENTS, SYMPTOM_CATALOGUE } from '../core/index.js';
import type { ExportFile } from './export-schemas.js';

export const CSV_TABLES = ['checkins', 'doses', 'questionnaires', 'events'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": = + - @, and tab or CR, which some strip
 * first) gets a leading apostrophe, which spreadsheets show as text. Only text the person typed can start so;
 * no number or code we write does. Text that already starts with apostrophes before such a character gets one
 * more, so a reader gets the exact text back by dropping one leading apostrophe wherever FORMULA_GUARDED matches.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
export const FORMULA_GUARDED = /^'+[=+\-@\t\r]/;

export type Cell = string | number | null;

export function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole table: the header row, then a row each, with the BOM in front. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly Cell[]) => cells.map(csvField).join(',') + CRLF;
  return CSV_BOM + line(header) + rows.map(line).join('');
}

/** Ids of every symptom a column is kept for: the catalogue's, then the person's own, then any other rated. */
function symptomColumns(file: ExportFile): readonly string[] {
  const ids = [...SYMPTOM_CATALOGUE.map((s) => s.id), ...file.ownSymptoms.map((s) => s.id)];
  const known = new Set(ids);
  const others = new Set<string>();
  for (const c of file.checkins) for (const id of Object.keys(c.symptoms)) if (!known.has(id)) others.add(id);
  return [...ids, ...[...others].sort()];
}

/** A catalogue symptom's column is its id (`tremor`); the person's own are `own:` and their id (names may repeat). */
const OWN_PREFIX = 'own:';

function checkinsCsv(file: ExportFile): string {
  const own = new Set(file.ownSymptoms.map((s) => s.id));
  const columns = symptomColumns(file);
  const header = [
    'date',
    'sleep_minutes',
    'dose_mg',
    ...columns.map((id) => (own.has(id) ? OWN_PREFIX + id : id)),
    'tags',
    'note',
    'edited_at',
  ];
  const rows = file.checkins.map((c) => [
    c.date,
    c.sleepMinutes,
    c.doseMg,
    ...columns.map((id) => c.symptoms[id] ?? null),
    c.tags.join(';'),
    c.note,
    c.editedAt,
  ]);
  return csvDocument(header, rows);
}

type Column<T> = readonly [header: string, cell: (record: T) => Cell];

function tableCsv<T>(records: readonly T[], columns: readonly Column<T>[]): string {
  return csvDocument(
    columns.map(([header]) => header),
    records.map((r) => columns.map(([, cell]) => cell(r))),
  );
}

const DOSE_COLUMNS: readonly Column<ExportFile['doses'][number]>[] = [
  ['id', (d) => d.id],
  ['date', (d) => d.date],
  ['taken_at', (d) => d.takenAt],
  ['medication_id', (d) => d.medicationId],
  ['dose_mg', (d) => d.doseMg],
  ['form', (d) => d.form],
  ['note', (d) => d.note],
];

const EVENT_COLUMNS: readonly Column<ExportFile['events'][number]>[] = [
  ['id', (e) => e.id],
  ['kind', (e) => e.kind],
  ['occurred_at', (e) => e.occurredAt],
  ['occurred_on', (e) => e.occurredOn],
  ['confirmed_at', (e) => e.confirmedAt],
  ['note', (e) => e.note],
  ['created_at', (e) => e.createdAt],
];

function questionnairesCsv(file: ExportFile): string {
  const items = Math.max(
    ...INSTRUMENTS.map((i) => i.items.length),
    ...file.questionnaires.map((q) => q.answers.length),
  );
  const unscored = new Set(INSTRUMENTS.flatMap((i) => i.unscored.map((u) => u.id)));
  for (const q of file.questionnaires) for (const key of Object.keys(q.unscored)) unscored.add(key);
  const extra = [...unscored];
  const numbers = Array.from({ length: items }, (_, i) => `q${i + 1}`);
  const header = ['id', 'instrument', 'date', 'score', 'band', ...numbers, ...extra, 'created_at'];
  const rows = file.questionnaires.map((q) => [
    q.id,
    q.instrument,
    q.date,
    q.score,
    q.band,
    ...numbers.map((_, i) => q.answers[i] ?? null),
    ...extra.map((key) => q.unscored[key] ?? null),
    q.createdAt,
  ]);
  return csvDocument(header, rows);
}

const TABLES: Readonly<Record<CsvTable, (file: ExportFile) => string>> = {
  checkins: checkinsCsv,
  doses: (file) => tableCsv(file.doses, DOSE_COLUMNS),
  questionnaires: questionnairesCsv,
  events: (file) => tableCsv(file.events, EVENT_COLUMNS),
};

/** One table of the export file as a CSV document (a string; UTF-8 when written). */
export function exportCsv(file: ExportFile, table: CsvTable): string {
  return TABLES[table](file);
}
