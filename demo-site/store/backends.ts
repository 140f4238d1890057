// The databases the storage tests run against: PGlite always (in memory), and a PostgreSQL server
// when TEST_DATABASE_URL names one (.ci/run starts one: scripts/test-postgres.sh). Each run gets
// a database of its own, dropped at the end.
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain JS module of the portal
import { openDatabase } from './db.mjs';

// Rows are whatever the SQL selected: each test reads the columns it asked for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a row of any query
export type Row = Record<string, any>;
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: Row[]; rowCount: number }>;
}
export interface Database extends Queryable {
  kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Backend {
  name: string;
  /** Where a database of this run is: another process can open it too. */
  location(): Promise<{ dir?: string; url?: string }>;
  open(): Promise<Database>;
  /** Drops what open() created. */
  dispose(): Promise<void>;
}

const SERVER = process.env.TEST_DATABASE_URL;
if (!SERVER) {
  const hint =
    'TEST_DATABASE_URL is not set: the storage tests run on PGlite only. For PostgreSQL too, run ' +
    '`eval "$(bash scripts/test-postgres.sh)"` (needs Debian\'s postgresql package).';
  // .ci/run sets this: there a missing server is a failure, never a quiet PGlite-only pass.
  if (process.env.YILAN_REQUIRE_POSTGRES) throw new Error(`${hint} CI must run both.`);
  console.warn(hint);
}

function pglite(): Backend {
  let dir: string | undefined;
  const location = async () => {
    dir ??= mkdtempSync(join(tmpdir(), 'yilan-pglite-'));
    return { dir };
  };
  return {
    name: 'PGlite (embedded)',
    location,
    open: async () => openDatabase(await location()) as Promise<Database>,
    dispose: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgres(url: string): Backend {
  const name = `yilan_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  let created = false;
  const location = async () => {
    if (!created) await admin(`create database ${name}`);
    created = true;
    const target = new URL(url);
    target.pathname = `/${name}`;
    return { url: target.href };
  };
  return {
    name: 'PostgreSQL server',
    location,
    open: async () => openDatabase(await location()) as Promise<Database>,
    async dispose() {
      if (created) await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

export const BACKENDS: Backend[] = SERVER ? [pglite(), postgres(SERVER)] : [pglite()];
