// A process that keeps letters as fast as it can and says "ack <key> <tracking>" for each one the
// database has committed: the durability test kills it with SIGKILL halfway (durability.test.ts).
//   node demo-site/store/writer.mjs '{"dir":"/tmp/x"}' 200
import { openDatabase } from './db.mjs';
import { submit } from './submissions.mjs';

const where = JSON.parse(process.argv[2]);
const count = Number(process.argv[3] ?? 200);
const db = await openDatabase(where);
process.stdout.write('ready\n');
await Promise.all(
  Array.from({ length: count }, (_, i) =>
    submit(db, { kind: 'letter', fields: { n: i }, key: `durable-${i}` }).then(kept =>
      process.stdout.write(`ack durable-${i} ${kept.tracking}\n`),
    ),
  ),
);
process.stdout.write('all\n');
await db.close();
