// The portal's database: PostgreSQL either way. By default PGlite (PostgreSQL compiled to
// WebAssembly, in this process, persisting to a folder) so `npm start` needs nothing installed;
// with DATABASE_URL, a PostgreSQL server through node-postgres. Both run the same SQL (ADR 0012):
// this file is the only place that knows which one it is.
import { mkdirSync } from 'node:fs';
import { migrate } from './migrate.mjs';

/**
 * @typedef {{ rows: any[], rowCount: number }} Result
 * @typedef {{ query: (sql: string, params?: unknown[]) => Promise<Result> }} Queryable
 * @typedef {Queryable & {
 *   kind: 'pglite' | 'postgres',
 *   transaction: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>,
 *   close: () => Promise<void>,
 * }} Database
 */

/**
 * Opens the database and brings its schema up to date.
 * @param {{ url?: string, dir?: string }} [where] a PostgreSQL URL, else a PGlite folder
 *   (none: in memory, for tests)
 * @returns {Promise<Database>}
 */
export async function openDatabase(where = {}) {
  const db = where.url ? await server(where.url) : await embedded(where.dir);
  await migrate(db);
  return db;
}

/** @returns {Promise<Database>} */
async function embedded(dir) {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dir) mkdirSync(dir, { recursive: true });
  const pg = new PGlite(dir);
  await pg.waitReady;
  const wrap = q => ({
    async query(sql, params = []) {
      const r = await q.query(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    // PGlite runs one query at a time; its transaction() holds the others until it ends.
    transaction: fn => pg.transaction(tx => fn(wrap(tx))),
    close: () => pg.close(),
  };
}

/** @returns {Promise<Database>} */
async function server(url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A server that went away is reported on the next query; an idle client's error must not
  // take the process down.
  pool.on('error', error => console.error(`database: ${error.message}`));
  const run = q => ({
    async query(sql, params = []) {
      const r = await q.query(sql, params);
      return { rows: r.rows, rowCount: r.rowCount ?? 0 };
    },
  });
  return {
    kind: 'postgres',
    ...run(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const value = await fn(run(client));
        await client.query('commit');
        return value;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
