#!/usr/bin/env node
// Staff accounts from the command line, on the database the server uses (DATABASE_URL, else the
// PGlite folder in YILAN_DATA_DIR or demo-site/.data/pglite):
//   node demo-site/store/staff-cli.mjs add <login> <clerk|publisher> [display name]
// The password comes from YILAN_STAFF_PASSWORD or the first line of stdin, never the command
// line (where `ps` and the shell history would keep it). A PGlite folder is one process's at a
// time: stop the server first (a PostgreSQL server has no such limit).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { openDatabase } from './db.mjs';
import { addStaff, ROLES } from './staff.mjs';

const USAGE = `usage: node demo-site/store/staff-cli.mjs add <login> <${ROLES.join('|')}> [display name]
  password: from YILAN_STAFF_PASSWORD, or the first line of stdin (at least 12 characters)`;

async function readPassword() {
  if (process.env.YILAN_STAFF_PASSWORD) return process.env.YILAN_STAFF_PASSWORD;
  if (process.stdin.isTTY)
    process.stderr.write('password (echoed as typed; YILAN_STAFF_PASSWORD avoids that): ');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

function location() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const root = join(fileURLToPath(import.meta.url), '../../..');
  return { dir: process.env.YILAN_DATA_DIR || join(root, 'demo-site/.data/pglite') };
}

const [command, login, role, ...name] = process.argv.slice(2);
if (command !== 'add' || !login || !role) {
  console.error(USAGE);
  process.exit(2);
}
const password = await readPassword();
const db = await openDatabase(location());
try {
  await addStaff(db, { login, role, name: name.join(' '), password });
  console.log(`added ${login.toLowerCase()} (${role})`);
} catch (error) {
  const message = error?.code === '23505' ? `the login ${login} is taken` : error.message;
  console.error(`not added: ${message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
