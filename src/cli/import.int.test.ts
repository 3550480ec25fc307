/**
 * `taper import`, run in-process (runCli) over a SQLite file, as the built binary runs it (cli.int.test.ts runs that):
 * the same check and merge as POST /api/v1/import, a message and a non-zero exit on a bad file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../api/export-schemas.js';
import { createStore, migrateToLatest, openDatabase } from '../storage/index.js';
import { EXIT, runCli } from './program.js';

const NOW = new Date('2026-12-01T12:00:00.000Z');

const FILE: ExportFile = {
  format: 'taper-companion-export',
  version: 1,
  exportedAt: '2026-11-30T10:00:00.000Z',
  account: { email: 'old@example.org', createdAt: '2026-10-01T10:00:00.000Z' },
  plans: [],
  checkins: [
    {
      id: 'c-1',
      date: '2026-11-20',
      symptoms: { tremor: 2 },
      sleepMinutes: 420,
      doseMg: 0.5,
      note: 'from the old server',
      tags: [],
      createdAt: '2026-11-20T20:00:00.000Z',
      updatedAt: '2026-11-20T20:00:00.000Z',
      editedAt: '2026-11-20T20:00:00.000Z',
      versions: [],
    },
  ],
  doses: [
    {
      id: 'd-1',
      date: '2026-11-20',
      takenAt: '2026-11-20T08:00:00.000Z',
      medicationId: 'clonazepam',
      doseMg: 0.5,
      form: 'tablet',
      note: '',
    },
  ],
  questionnaires: [],
  events: [],
  ownSymptoms: [],
  pins: [{ symptomId: 'tinnitus', pinned: true }],
};

describe('taper import (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taper-import-'));
  const database = { kind: 'sqlite' as const, file: join(dir, 'taper.sqlite') };
  const output = { out: '', err: '' };
  let ids = 0;
  const taper = (args: string[]) => {
    output.out = '';
    output.err = '';
    return runCli(args, {
      database,
      now: () => NOW,
      newId: () => `cli-${++ids}`,
      out: (text) => (output.out += text),
      err: (text) => (output.err += text),
    });
  };
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  beforeAll(async () => {
    const opened = await openDatabase(database);
    await migrateToLatest(opened);
    await createStore(opened.db).users.create({
      id: 'u1',
      email: 'you@example.org',
      loginKey: 'k1',
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    await opened.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges a file into the account, and a second run finds everything already there', async () => {
    const from = write('file.json', FILE);
    expect(await taper(['import', '--email', 'You@Example.org', '--from', from]), output.err).toBe(EXIT.ok);
    expect(output.out).toContain('Added: 1 check-ins, 0 earlier versions, 0 plan revisions, 1 doses');
    expect(await taper(['import', '--email', 'you@example.org', '--from', from])).toBe(EXIT.ok);
    expect(output.out).toContain('Added: 0 check-ins, 0 earlier versions, 0 plan revisions, 0 doses');
    expect(output.out).toContain('Already there: 1 check-ins, 0 earlier versions, 0 plan revisions, 1 doses');
    const opened = await openDatabase(database);
    try {
      const exported = await createStore(opened.db).exportOf('u1', NOW.toISOString());
      expect(exported?.checkins.map((c) => [c.id, c.note])).toEqual([['c-1', 'from the old server']]);
      expect(exported?.doses.map((d) => d.id)).toEqual(['d-1']);
      expect(exported?.pins).toEqual([{ symptomId: 'tinnitus', pinned: true }]);
    } finally {
      await opened.close();
    }
  });

  it.each([
    ['not JSON', () => write('broken.json', '{"format":'), /is not JSON/],
    ['missing', () => join(dir, 'nowhere.json'), /cannot be read \(ENOENT\)/],
    ['another format', () => write('other.json', { ...FILE, format: 'daylio' }), /Field: format\./],
    [
      'a dose no write would take',
      () => write('dose.json', { ...FILE, doses: [{ ...FILE.doses[0], doseMg: 0.0005 }] }),
      /Field: doses\.0\.doseMg\./,
    ],
  ])('refuses a file that is %s with a message and exit 2', async (_what, path, message) => {
    expect(await taper(['import', '--email', 'you@example.org', '--from', path()])).toBe(EXIT.usage);
    expect(output.err).toMatch(message);
    expect(output.out).toBe('');
  });

  it('refuses an account that does not exist with exit 1', async () => {
    const from = write('file2.json', FILE);
    expect(await taper(['import', '--email', 'nobody@example.org', '--from', from])).toBe(EXIT.failed);
    expect(output.err).toMatch(/no account with the email nobody@example.org/);
  });
});
