import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { openStorage, type Storage } from '../storage/open-storage.ts';
import { intakeBody } from '../test-support/requests.ts';
import { type SmtpSink, startSmtpSink } from '../test-support/smtp-sink.ts';
import { startOutboxChild } from '../test-support/start-outbox-child.ts';
import { openTestStorage, storageKinds } from '../test-support/test-storage.ts';
import { startDeliveryWorker } from './delivery-worker.ts';
import { createOutbox } from './outbox.ts';

const databaseUrl = process.env.DATABASE_URL;

const submit = async (url: string, email: string) => {
  const res = await fetch(`${url}/v1/intake`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify(intakeBody({ fields: { ...intakeBody().fields, email, description: `About ${email}` } })),
  });
  expect(res.status).toBe(201);
};

describe.each(storageKinds)('delivery after a crash on %s', (kind) => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('SIGKILL during delivery: after a restart every message is delivered (≥ 1 per Message-ID)', {
    timeout: 120_000,
  }, async () => {
    const sink = await startSmtpSink();
    cleanups.push(() => sink.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'retainer-outbox-crash-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const config = {
      dataDir,
      smtpUrl: sink.url,
      // PostgreSQL cannot know the killed process is gone: its claims are retaken when the lease runs out.
      leaseMs: 1500,
      ...(kind === 'postgres' ? { databaseUrl, databaseSchema: schema } : {}),
    };
    if (kind === 'postgres') {
      cleanups.push(async () => {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      });
    }
    // Every message's answer waits: the first one the collector hands over, we kill it mid-delivery.
    let first: (id: string) => void = () => {};
    const handedOver = new Promise<string>((resolve) => {
      first = resolve;
    });
    sink.hold((id) => first(id));
    const one = await startOutboxChild(config);
    for (let i = 0; i < 4; i++) await submit(one.url, `crash${i}@example.com`);
    const inFlight = await handedOver;
    one.process.kill('SIGKILL');
    await one.exited;
    // The server never accepted what was in flight (the sender died first).
    sink.dropHeld();
    expect(sink.received).toHaveLength(0);

    const two = await startOutboxChild(config);
    cleanups.push(async () => {
      two.process.kill('SIGTERM');
      await two.exited;
    });
    // 4 intakes × (admin alert + acknowledgement).
    const mails = await sink.waitFor(8);
    const ids = new Set(mails.map((m) => m.messageId));
    expect(ids.has(inFlight)).toBe(true);
    two.process.kill('SIGTERM');
    await two.exited;

    const storage = await openStorage(
      kind === 'postgres' ? { kind, url: databaseUrl!, schema } : { kind, file: join(dataDir, 'retainer.db') },
    );
    try {
      const rows = await storage.db
        .selectFrom('outbox')
        .select(['message_id', 'state', 'template', 'reason', 'attempts', 'created_at'])
        .execute();
      // It once found 9 under heavy load: the rows are in the message, so a failure says which one was extra.
      expect(rows, JSON.stringify(rows)).toHaveLength(8);
      for (const row of rows) {
        expect(row.state).toBe('sent');
        expect(ids.has(row.message_id)).toBe(true);
      }
    } finally {
      await storage.close();
    }
  });
});

describe.runIf(databaseUrl)('two collectors on one PostgreSQL', () => {
  let sink: SmtpSink | undefined;
  afterEach(async () => {
    await sink?.close();
  });

  it('never send one message at the same time, and send each once', { timeout: 60_000 }, async () => {
    sink = await startSmtpSink();
    // Slow answers, so a second worker would have every chance to take a message already in flight.
    sink.delay(25);
    const test = await openTestStorage('postgres');
    const schema = (await sql<{ name: string }>`select current_schema() as name`.execute(test.storage.db)).rows[0]!
      .name;
    const other: Storage = await openStorage({ kind: 'postgres', url: databaseUrl!, schema });
    try {
      const cipher = createFieldCipher(randomBytes(32));
      const outboxes = [createOutbox({ cipher, smtpUrl: sink.url }), createOutbox({ cipher, smtpUrl: sink.url })];
      const count = 40;
      await test.storage.db.transaction().execute(async (trx) => {
        for (let i = 0; i < count; i++) {
          await outboxes[0]!.enqueueEmail(trx, {
            site: '',
            template: 'test-email',
            locale: 'en',
            to: `pair${i}@example.com`,
            data: { sentAt: 0 },
            reason: 'test',
          });
        }
      });
      const workers = [
        startDeliveryWorker({ db: test.storage.db, kind: 'postgres', outbox: outboxes[0]!, batch: 4 }),
        startDeliveryWorker({ db: other.db, kind: 'postgres', outbox: outboxes[1]!, batch: 4 }),
      ];
      const sent = await Promise.all(workers.map((w) => w.runOnce()));
      await Promise.all(workers.map((w) => w.stop()));
      expect(sent[0]! + sent[1]!).toBe(count);
      expect(sink.overlaps).toEqual([]);
      const perId = new Map<string, number>();
      for (const mail of sink.received) perId.set(mail.messageId, (perId.get(mail.messageId) ?? 0) + 1);
      expect(perId.size).toBe(count);
      expect([...perId.values()].every((n) => n === 1)).toBe(true);
    } finally {
      await other.close();
      await test.cleanup();
    }
  });
});
