// Schema migrations: numbered .sql files in migrations/, each applied once, in order, in its own
// transaction, and recorded in schema_migrations. A database newer than this code is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The migrations this code knows: [number, name, sql], in order. */
export function migrations() {
  return readdirSync(DIR)
    .filter(f => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map(f => [Number(f.slice(0, 3)), f, readFileSync(DIR + f, 'utf8')]);
}

/** @param {import('./db.mjs').Database} db */
export async function migrate(db) {
  await db.query(
    'create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())',
  );
  const known = migrations();
  const { rows } = await db.query('select version from schema_migrations order by version');
  const done = new Set(rows.map(r => r.version));
  const newest = Math.max(0, ...done);
  if (known.length && newest > known.at(-1)[0])
    throw new Error(`the database is at migration ${newest}, newer than this code knows`);
  for (const [version, name, sql] of known) {
    if (done.has(version)) continue;
    await db.transaction(async tx => {
      // Two processes starting at once: the second waits here, then finds the row and stops.
      await tx.query('lock table schema_migrations in exclusive mode');
      const again = await tx.query('select 1 from schema_migrations where version = $1', [version]);
      if (again.rows.length) return;
      for (const statement of statements(sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        version,
        name,
      ]);
    });
  }
}

/** A migration file's statements (separated by semicolons at line ends; no functions here). */
function statements(sql) {
  return sql
    .replace(/--.*$/gm, '')
    .split(/;\s*$/m)
    .map(s => s.trim())
    .filter(Boolean);
}
