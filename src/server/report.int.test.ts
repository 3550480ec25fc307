/**
 * The doctor report PDF (issue #12 §1) on both databases: its text layer (pdftotext) carries the insights API's
 * figures for the same period, it is tagged and its fonts embedded (pdfinfo, pdffonts), each account reads only its
 * own report, and a bad period is a 400 naming the field.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CutsAnswerSchema, TrendsAnswerSchema } from '../api/insight-schemas.js';
import { addDays, rollingPointsOf } from '../core/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, putDropsPlan, signedInApp, type Agent } from './test-app.js';

const TODAY = '2026-12-01';
const START = '2026-09-01';

/** Runs a poppler tool, the PDF on stdin (`-`) or as a file, and answers its stdout. */
function poppler(tool: string, args: readonly string[], input?: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${tool}: ${err}`))));
    child.stdin.end(input);
  });
}

const pdfText = (pdf: Buffer) => poppler('pdftotext', ['-layout', '-', '-'], pdf);
/** pdftotext breaks lines and pads columns: compare with single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** 91 days of check-ins from START: anxiety rises for a week after each cut (the plan cuts every 14 days). */
async function seed(agent: Agent) {
  expect((await putDropsPlan(agent, START)).statusCode).toBe(200);
  for (let i = 0; i < 91; i++) {
    const date = addDays(START, i);
    const sinceCut = i % 14;
    const payload = {
      symptoms: { anxiety: sinceCut >= 3 && sinceCut <= 7 ? 2 : 0, insomnia: i % 3 === 0 ? 1 : 0 },
      sleepHours: 7,
      note: date === '2026-11-20' ? 'Ask whether the evening dose can move earlier' : '',
      tags: date === '2026-11-20' ? ['for-doctor'] : [],
    };
    const response = await agent.request({ method: 'PUT', url: `/api/v1/checkins/${date}`, payload });
    expect(response.statusCode).toBe(200);
  }
  const answers = Array.from({ length: 20 }, (_, i) => (i < 6 ? 2 : 0));
  const ciwa = { instrument: 'ciwa-b', date: '2026-11-10', answers };
  expect((await agent.request({ method: 'POST', url: '/api/v1/assessments', payload: ciwa })).statusCode).toBe(201);
  const event = { kind: 'seizure', occurredAt: '2026-11-15T09:00:00Z' };
  expect((await agent.request({ method: 'POST', url: '/api/v1/events', payload: event })).statusCode).toBe(201);
}

describe.each(TEST_DATABASES)('GET /api/v1/report.pdf on $name', (kind) => {
  const ctx = signedInApp(kind, { now: () => new Date(`${TODAY}T12:00:00Z`) });
  let dir = '';
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'taper-report-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const report = (agent: Agent, query = '') => agent.request({ url: `/api/v1/report.pdf${query}` });

  it('answers a tagged PDF attachment with embedded fonts, the last 90 days by default', async () => {
    await seed(ctx.ann);
    const response = await report(ctx.ann);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="taper-report-${addDays(TODAY, -89)}-to-${TODAY}.pdf"`,
    );
    const file = join(dir, `${kind.name}.pdf`);
    await writeFile(file, response.rawPayload);
    const info = await poppler('pdfinfo', [file]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Taper report/);
    const fonts = (await poppler('pdffonts', [file])).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // name type encoding emb sub uni object: every font a DejaVu subset, embedded.
    for (const line of fonts) expect(line).toMatch(/DejaVuSans.*\byes\s+yes\s+yes\b/);
  });

  it('carries the same figures as the insights API for the same period', async () => {
    await seed(ctx.ann);
    const from = '2026-09-03';
    const text = flat(await pdfText((await report(ctx.ann, `?from=${from}&to=${TODAY}`)).rawPayload));
    const trends = TrendsAnswerSchema.parse(
      (await ctx.ann.request({ url: `/api/v1/insights/trends?from=${from}&to=${TODAY}` })).json(),
    );
    const cuts = CutsAnswerSchema.parse((await ctx.ann.request({ url: '/api/v1/insights/cuts' })).json());

    expect(text).toContain('Period: September 3, 2026 to December 1, 2026 (90 days)');
    expect(text).toContain('Checked in on 89 of 90 days');
    const means = rollingPointsOf(trends.burden)
      .filter((p) => p.mean !== null)
      .map((p) => Math.round(p.mean ?? 0));
    expect(text).toContain(`${means[0]} at the start of the period, ${means[means.length - 1]} at the end`);
    expect(cuts.summary).not.toBeNull();
    const s = cuts.summary ?? { peakDay: 0, settledDay: 0, cutsUsed: 0 };
    expect(text).toContain(
      `Symptoms peaked around day ${s.peakDay} after a cut and settled by day ${s.settledDay}, over ${s.cutsUsed} cuts.`,
    );
    expect(text).toContain('Clonazepam: planned dose on December 1, 2026');
    const ciwa = trends.questionnaires[0];
    expect(text).toContain(`November 10, 2026 CIWA-B ${ciwa?.score}`);
    expect(trends.redFlags.map((f) => f.date)).toEqual(['2026-11-15']);
    expect(text).toContain('November 15, 2026 Seizure urgent-help event');
    expect(text).toContain('Ask whether the evening dose can move earlier');
    expect(text).toContain('self-report');
    for (const cut of trends.cuts) expect(text).toContain(`${cut.fromMg} mg to ${cut.toMg} mg`);
  });

  it('words it in German when asked, with a name the person chose', async () => {
    await seed(ctx.ann);
    const response = await report(
      ctx.ann,
      '?lang=de&name=Ann%20M.&question=Wie%20lange%20halten%3F&question=Schlaf%3F',
    );
    const text = flat(await pdfText(response.rawPayload));
    expect(text).toContain('Bericht zum Ausschleichen');
    expect(text).toContain('Für: Ann M.');
    expect(text).toContain('Fragen an die Ärztin oder den Arzt # Frage 1 Wie lange halten? 2 Schlaf?');
    expect(text).toContain('Eingetragen an 89 von 90 Tage');
    const fromHeader = await report(ctx.ann, '');
    expect(flat(await pdfText(fromHeader.rawPayload))).not.toContain('Für:');
  });

  it('follows Accept-Language when the app names no language', async () => {
    const response = await ctx.ann.request({
      url: '/api/v1/report.pdf',
      headers: { 'accept-language': 'de-AT,en;q=0.5' },
    });
    expect(flat(await pdfText(response.rawPayload))).toContain('Zeitraum:');
  });

  it("reads only the signed-in account's own records", async () => {
    await seed(ctx.ann);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    const text = flat(await pdfText((await report(bob)).rawPayload));
    expect(text).toContain('No taper plan is recorded in the app.');
    expect(text).toContain('Checked in on 0 of 90 days');
    expect(text).not.toContain('evening dose');
    expect(text).not.toContain('Seizure');
    expect((await createAgent(ctx.t.app).request({ url: '/api/v1/report.pdf' })).statusCode).toBe(401);
  });

  it.each([
    ['?from=2026-12-01&to=2026-11-01', 'from', 'invalid_input'],
    ['?from=2025-01-01&to=2026-12-01', 'to', 'range_too_long'],
    ['?from=2025-11-01', 'from', 'range_too_long'],
    ['?from=2026-02-30', 'from', 'invalid_input'],
    ['?lang=fr', 'lang', 'invalid_input'],
    [`?name=${'x'.repeat(81)}`, 'name', 'invalid_input'],
    [`?question=${'q'.repeat(301)}`, 'question.0', 'invalid_input'],
    [`?${Array.from({ length: 11 }, () => 'question=q').join('&')}`, 'question', 'invalid_input'],
    ['?colour=red', '', 'invalid_input'],
  ])('refuses %s with a 400 naming %s', async (query, field, code) => {
    const response = await report(ctx.ann, query);
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; field?: string } }>();
    expect(body.error.code).toBe(code);
    if (field) expect(body.error.field).toBe(field);
  });
});
