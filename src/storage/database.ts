/**
 * Opens the configured database: an embedded SQLite file (the default) or PostgreSQL (to scale out).
 * Everything above this file sees one `Kysely<Database>` and does not know which dialect it got.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  SqliteQueryCompiler,
  sql,
  type QueryCompiler,
  type SelectModifierNode,
  type SqliteDatabase,
} from 'kysely';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

export const DEFAULT_SQLITE_FILE = 'data/taper.sqlite';

/** PostgreSQL when a postgres:// URL is given, otherwise the SQLite file (created on first use). */
export function chooseDatabase(settings: {
  readonly databaseUrl?: string | undefined;
  readonly sqliteFile?: string | undefined;
}): DatabaseConfig {
  const { databaseUrl, sqliteFile } = settings;
  return databaseUrl !== undefined && /^postgres(ql)?:\/\//.test(databaseUrl)
    ? { kind: 'postgres', url: databaseUrl }
    : { kind: 'sqlite', file: sqliteFile ?? DEFAULT_SQLITE_FILE };
}

export interface LimiterOptions {
  readonly name: string;
  readonly points: number;
  readonly durationSeconds: number;
}

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseConfig['kind'];
  /** The PostgreSQL schema everything lives in, when not the default. */
  readonly schema?: string | undefined;
  /** A counter of attempts kept in this same database, so limits hold across server processes. */
  createLimiter(options: LimiterOptions): Promise<RateLimiterAbstract>;
  close(): Promise<void>;
}

// pg returns bigint and numeric as strings; SQLite returns numbers. Make them agree.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

function limiterCallback<T extends RateLimiterAbstract>(create: (cb: (e?: Error) => void) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const limiter: T = create((error) => (error ? reject(error) : resolve(limiter)));
  });
}

/** Most distinct SQL texts kept prepared; the app issues a few dozen, so this only guards against growth. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing is a large share of a request's cost on SQLite. The app's
 * queries are parameterised, so their SQL text repeats and a prepared statement can be reused safely
 * (better-sqlite3 runs one statement at a time on this single connection).
 */
function withStatementCache(client: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => client.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (!statement) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
        statement = client.prepare(sqlText);
        cache.set(sqlText, statement);
      }
      return statement;
    },
  };
}

/**
 * `for update` is PostgreSQL's row lock, which the store takes where two requests at once could both read, then both
 * write, one row. SQLite has no row locks and needs none: a transaction holds the only connection until it ends. So
 * the modifier is left out of SQLite's SQL, and the store stays one code for both databases.
 */
class SqliteQueryCompilerWithoutRowLocks extends SqliteQueryCompiler {
  protected override visitSelectModifier(node: SelectModifierNode): void {
    if (node.modifier !== 'ForUpdate') super.visitSelectModifier(node);
  }
}

class SqliteDialectWithoutRowLocks extends SqliteDialect {
  override createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompilerWithoutRowLocks();
  }
}

function openSqlite(file: string): OpenDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const client = new SQLite(file);
  client.pragma('journal_mode = WAL');
  // Not left to the build's default (NORMAL under WAL here): a commit must survive power loss (docs/adr/0011).
  client.pragma('synchronous = FULL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialectWithoutRowLocks({ database: withStatementCache(client) }),
  });
  return {
    db,
    kind: 'sqlite',
    createLimiter: ({ name, points, durationSeconds }) =>
      limiterCallback(
        (cb) =>
          new RateLimiterSQLite(
            {
              storeClient: client,
              storeType: 'better-sqlite3',
              tableName: `rate_limit_${name}`,
              points,
              duration: durationSeconds,
            },
            cb,
          ),
      ),
    close: () => db.destroy(),
  };
}

export interface OpenOptions {
  /**
   * Told when an idle PostgreSQL connection fails (the server restarted, a proxy cut it). The pool has already
   * dropped it and opens a new one when needed; without a listener, pg's 'error' event would end the process.
   */
  readonly onConnectionError?: (error: Error) => void;
}

/**
 * pg's defaults wait forever for a connection and keep one for ever. A request should fail in bounded time when
 * the database is out of reach, and connections are renewed so a failover or a PgBouncer restart is picked up.
 */
export const PG_POOL_SETTINGS = {
  max: 10,
  connectionTimeoutMillis: 5_000,
  idleTimeoutMillis: 10_000,
  maxLifetimeSeconds: 30 * 60,
} as const;

const reportToStderr = (error: Error) => {
  console.error(`PostgreSQL: an idle connection failed (${error.message}); a new one is opened when needed`);
};

/**
 * Flood-control counts are written on every API request. In an unlogged table such a write skips the WAL, so its
 * commit waits for no disk flush (measured: the flush was the tail of a signed-in read's latency). The price: after a
 * PostgreSQL crash the table comes back empty and every budget starts afresh, which only loosens limits for a minute
 * (docs/adr/0014). The columns are the ones rate-limiter-flexible creates itself; tables made by an earlier version
 * as logged ones are switched once.
 */
async function createUnloggedLimiterTable(pool: pg.Pool, schema: string | undefined, tableName: string) {
  const table = schema === undefined ? `"${tableName}"` : `"${schema}"."${tableName}"`;
  await pool.query(
    `create unlogged table if not exists ${table} (key varchar(255) primary key, points integer not null default 0, expire bigint)`,
  );
  const { rows } = await pool.query<{ relpersistence: string }>(
    'select relpersistence from pg_class where oid = to_regclass($1)',
    [table],
  );
  if (rows[0]?.relpersistence === 'p') await pool.query(`alter table ${table} set unlogged`);
}

async function openPostgres(url: string, schema: string | undefined, options: OpenOptions): Promise<OpenDatabase> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    ...PG_POOL_SETTINGS,
    application_name: 'taper-companion',
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  pool.on('error', options.onConnectionError ?? reportToStderr);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  if (schema !== undefined) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  return {
    db,
    kind: 'postgres',
    schema,
    createLimiter: async ({ name, points, durationSeconds }) => {
      const tableName = `rate_limit_${name}`;
      await createUnloggedLimiterTable(pool, schema, tableName);
      return new RateLimiterPostgres({
        storeClient: pool,
        tableName,
        tableCreated: true,
        points,
        duration: durationSeconds,
        ...(schema === undefined ? {} : { schemaName: schema }),
      });
    },
    // Kysely's PostgresDriver ends the pool here, closing every connection (database.int.test.ts checks it).
    close: () => db.destroy(),
  };
}

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<OpenDatabase> {
  return config.kind === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url, config.schema, options);
}

/** Brings the schema up to the newest version. Safe to run on every start; returns the versions it applied. */
export async function migrateToLatest(database: OpenDatabase): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    // Kysely looks for its bookkeeping tables across all schemas unless told which one is ours.
    ...(database.schema === undefined ? {} : { migrationTableSchema: database.schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
