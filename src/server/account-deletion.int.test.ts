import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../storage/index.js';
import { countRows, tablesWithColumns } from '../storage/test-catalogue.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { fillPersonalRows, fillShareRows } from '../storage/test-fill.js';
import { createLoginKeys } from './auth/login-keys.js';
import { createAgent, createTestApp, type Agent, type TestApp } from './test-app.js';

const EMAIL = 'ann@example.org';
const PASSWORD = 'correct horse battery';
/** Tables that hold no one's rows: say here how a new table without user_id is erased, or why it needs nothing. */
const NOT_PERSONAL = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'installation_secrets',
  'rate_limit_auth_ip',
  'rate_limit_auth_slow',
  // Keyed by a visitor's address bucket, not by the account whose link they open.
  'rate_limit_share',
]);

describe.each(TEST_DATABASES)('deleting an account on $name', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(kind);
  });
  afterEach(() => t.close());

  const erase = (agent: Agent, password: string) =>
    agent.request({ method: 'DELETE', url: '/api/v1/auth/account', payload: { password } });

  /** The rows of the account `id` (of EMAIL) in every table the database catalogue lists. */
  async function rowsOf(id: string): Promise<Record<string, number>> {
    const secret = (await t.database.db.selectFrom('installation_secrets').select('value').executeTakeFirstOrThrow())
      .value;
    const tag = createLoginKeys(secret).tag(EMAIL);
    const counts: Record<string, number> = {};
    for (const [table, columns] of await tablesWithColumns(t.database)) {
      if (table === 'users') counts[table] = await countRows(t.database, table, 'id', id);
      else if (columns.has('user_id')) counts[table] = await countRows(t.database, table, 'user_id', id);
      else if (table === 'plan_holds') {
        // Holds belong to a plan revision: those of the person's revisions, and any that outlived their revision.
        const { rows } = await sql<{ n: number | string }>`select count(*) as n from plan_holds h
          where h.revision_id in (select id from plan_revisions where user_id = ${id})
             or h.revision_id not in (select id from plan_revisions)`.execute(t.database.db);
        counts[table] = Number(rows[0]?.n ?? 0);
      } else if (table.startsWith('rate_limit_') && !NOT_PERSONAL.has(table)) {
        const { rows } = await sql<{ key: string }>`select key from ${sql.table(table)}`.execute(t.database.db);
        counts[table] = rows.filter((r) => r.key.includes(EMAIL) || r.key.includes(tag) || r.key.includes(id)).length;
      } else if (!NOT_PERSONAL.has(table))
        throw new Error(`unknown table ${table}: how are a person's rows in it erased?`);
    }
    return counts;
  }

  it('erases every row the person owns in every table, and nothing of anyone else’s', async () => {
    const ann = createAgent(t.app);
    const annId = (await ann.signup(EMAIL, PASSWORD)).json<{ id: string }>().id;
    // A signed-in request: on PostgreSQL the API's flood control keeps a row keyed by the account.
    expect((await ann.request({ url: '/api/v1/auth/me' })).statusCode).toBe(200);
    // A whole-record request, so the heavy budget has a row of hers too.
    expect((await ann.request({ url: '/api/v1/export.json' })).statusCode).toBe(200);
    // A second device, and a wrong guess from elsewhere (rate-limit rows keyed by the address).
    await createAgent(t.app, '10.0.0.2').request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: EMAIL, password: PASSWORD },
    });
    await createAgent(t.app, '10.0.0.3').request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: EMAIL, password: 'a wrong guess!' },
    });
    // Someone else keeps everything.
    const other = createAgent(t.app, '10.0.0.4');
    const otherId = (await other.signup('other@example.org', 'the other account')).json<{ id: string }>().id;
    const store = createStore(t.database.db);
    await fillPersonalRows(store, annId);
    await fillPersonalRows(store, otherId);
    await fillShareRows(store, annId);
    await fillShareRows(store, otherId);

    const before = await rowsOf(annId);
    expect(
      Object.entries(before).filter(([, n]) => n === 0),
      'the test must give the person rows in every table',
    ).toEqual([]);
    const othersBefore = await rowsOf(otherId);

    const wrong = await erase(ann, 'not my password');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: { code: 'wrong_password', field: 'password' } });
    expect(await rowsOf(annId)).toEqual(before);

    expect((await erase(ann, PASSWORD)).statusCode).toBe(204);
    const after = await rowsOf(annId);
    expect(Object.entries(after).filter(([, n]) => n !== 0)).toEqual([]);
    expect((await ann.request({ url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const othersAfter = await rowsOf(otherId);
    for (const table of Object.keys(othersBefore).filter((name) => !name.startsWith('rate_limit_'))) {
      expect(othersAfter[table], table).toBe(othersBefore[table]);
    }
    expect((await other.request({ url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });

  // Finding (SECURITY.md review): deleting an account reset the guessing counters of its address, so someone could open
  // an account on another person's address, guess, delete it and guess again, past the per-address-of-email ceiling.
  it('keeps the guessing counters of an address while another account of that address remains', async () => {
    const ann = createAgent(t.app);
    await ann.signup(EMAIL, PASSWORD);
    const owner = createAgent(t.app, '10.0.0.4');
    await owner.signup(EMAIL, 'the owner of the address');
    await createAgent(t.app, '10.0.0.3').request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: EMAIL, password: 'a wrong guess!' },
    });
    const secret = (await t.database.db.selectFrom('installation_secrets').select('value').executeTakeFirstOrThrow())
      .value;
    const tag = createLoginKeys(secret).tag(EMAIL);
    const countersOf = async () => {
      let n = 0;
      for (const [table] of await tablesWithColumns(t.database)) {
        if (!table.startsWith('rate_limit_auth')) continue;
        const { rows } = await sql<{ key: string }>`select key from ${sql.table(table)}`.execute(t.database.db);
        n += rows.filter((r) => r.key.includes(tag)).length;
      }
      return n;
    };
    const before = await countersOf();
    expect(before).toBeGreaterThan(0);
    expect((await erase(ann, PASSWORD)).statusCode).toBe(204);
    expect(await countersOf()).toBe(before);
    expect((await owner.request({ url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });
});
