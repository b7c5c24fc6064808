import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webhookSecretIssued } from '@retainer/schema/admin';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../storage/open-storage.ts';
import { intakeBody } from '../test-support/requests.ts';
import { startOutboxChild } from '../test-support/start-outbox-child.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { startWebhookReceiver } from '../test-support/webhook-receiver.ts';

const databaseUrl = process.env.DATABASE_URL;

/** Signs in as the child's first admin and adds an endpoint; its signing secret. */
async function addEndpoint(url: string, receiverUrl: string): Promise<string> {
  const session = await fetch(`${url}/api/admin/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'hana@harborvale.example', password: 'correct horse battery staple' }),
  });
  expect(session.status).toBe(200);
  const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const created = await fetch(`${url}/api/admin/sites/harbor-vale/webhooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ url: `${receiverUrl}/hook`, events: ['intake.submitted'], description: 'crash' }),
  });
  expect(created.status).toBe(201);
  return webhookSecretIssued.parse(await created.json()).secret;
}

describe.each(storageKinds)('webhook delivery after a crash on %s', (kind) => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('SIGKILL during a delivery: delivered after the restart with the same webhook-id', {
    timeout: 120_000,
  }, async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'retainer-webhook-crash-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const config = {
      dataDir,
      smtpUrl: 'smtp://127.0.0.1:9',
      leaseMs: 1500,
      webhookAllowHosts: [`127.0.0.1:${receiver.port}`],
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
    const one = await startOutboxChild(config);
    const secret = await addEndpoint(one.url, receiver.url);
    // The first delivery gets no answer: the collector is killed while it waits.
    receiver.respond({ hang: true });
    const res = await fetch(`${one.url}/v1/intake`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(intakeBody()),
    });
    expect(res.status).toBe(201);
    const [inFlight] = await receiver.waitFor(1);
    one.process.kill('SIGKILL');
    await one.exited;

    const two = await startOutboxChild(config);
    cleanups.push(async () => {
      two.process.kill('SIGTERM');
      await two.exited;
    });
    const [, again] = await receiver.waitFor(2);
    expect(again?.headers['webhook-id']).toBe(inFlight?.headers['webhook-id']);
    expect(again?.body).toBe(inFlight?.body);
    expect(receiver.verify(again!, secret)).toEqual(expect.objectContaining({ type: 'intake.submitted' }));
    two.process.kill('SIGTERM');
    await two.exited;

    const storage = await openStorage(
      kind === 'postgres' ? { kind, url: databaseUrl!, schema } : { kind, file: join(dataDir, 'retainer.db') },
    );
    try {
      const rows = await storage.db
        .selectFrom('outbox')
        .select(['message_id', 'state'])
        .where('kind', '=', 'webhook')
        .execute();
      expect(rows).toEqual([{ message_id: inFlight?.headers['webhook-id'], state: 'sent' }]);
    } finally {
      await storage.close();
    }
  });
});
