// @vitest-environment node
// "Acknowledged" means kept: a server killed with SIGKILL in the middle of 200 letters loses none
// it acknowledged, and the senders' retries (same form key) keep none twice.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BACKENDS } from './backends.js';
// @ts-expect-error plain JS module of the portal
import { submit } from './submissions.mjs';

const WRITER = fileURLToPath(new URL('./writer.mjs', import.meta.url));

describe.each(BACKENDS)('a kill in the middle of 200 letters, on $name', backend => {
  afterAll(() => backend.dispose());

  it('keeps every acknowledged letter, and a retry of each keeps none twice', async () => {
    const where = await backend.location();
    const child = spawn(process.execPath, [WRITER, JSON.stringify(where), '200'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked = new Map<string, string>();
    let all = false;
    await new Promise<void>(resolve => {
      createInterface({ input: child.stdout }).on('line', line => {
        const [word, key, tracking] = line.split(' ');
        if (word === 'ack') acked.set(key!, tracking!);
        if (word === 'all') all = true;
        // Killed once a quarter are acknowledged: the rest are in flight.
        if (acked.size === 50) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(all).toBe(false);
    expect(acked.size).toBeGreaterThanOrEqual(50);

    const db = await backend.open();
    try {
      const { rows } = await db.query(
        "select idempotency_key as key, tracking from submissions where idempotency_key like 'durable-%'",
      );
      const kept = new Map(rows.map(r => [r.key as string, r.tracking as string]));
      for (const [key, tracking] of acked) expect(kept.get(key)).toBe(tracking);
      // Every sender tries again; the acknowledged ones come back as the same letter.
      const retried = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          submit(db, { kind: 'letter', fields: { n: i }, key: `durable-${i}` }),
        ),
      );
      for (const [key, tracking] of acked) {
        const again = retried[Number(key.split('-')[1])];
        expect(again).toMatchObject({ tracking, duplicate: true });
      }
      const count = await db.query(
        "select count(*)::int as n, count(distinct idempotency_key)::int as keys from submissions where idempotency_key like 'durable-%'",
      );
      expect(count.rows[0]).toEqual({ n: 200, keys: 200 });
    } finally {
      await db.close();
    }
  }, 120_000);
});
