import { randomBytes } from 'node:crypto';
import {
  webhookDeliveryList,
  webhookDeliveryQueued,
  webhookEndpoint,
  webhookEndpointList,
  webhookPayload,
  webhookSecretIssued,
} from '@retainer/schema/admin';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit } from '../admin-api/test-kit.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { type DeliveryWorker, startDeliveryWorker } from '../outbox/delivery-worker.ts';
import { createOutbox, type Outbox } from '../outbox/outbox.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver.ts';
import { type ResolvedAddress, systemResolve } from './address-policy.ts';
import { enqueueWebhookEvent } from './enqueue.ts';
import { webhookSecretAddress } from './tables.ts';

const hour = 3_600_000;
/** Names the tests resolve themselves; every other name goes to the system resolver. */
const names: Record<string, ResolvedAddress[]> = {
  'internal.example': [{ address: '10.0.0.7', family: 4 }],
  'public.example': [{ address: '93.184.216.34', family: 4 }],
};

describe.each(storageKinds)('webhooks on %s', (kind) => {
  let receiver: WebhookReceiver;
  let kit: AdminKit;
  let outbox: Outbox;
  let worker: DeliveryWorker;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.close());

  beforeEach(async () => {
    receiver.reset();
    const cipher = createFieldCipher(randomBytes(32));
    const clock = { now: Date.UTC(2025, 0, 13, 15) };
    outbox = createOutbox({
      cipher,
      baseUrl: 'https://retainer.harborvale.example',
      now: () => clock.now,
      webhooks: {
        // Only the receiver's own port: `http://127.1/` (port 80) is still refused.
        allowHosts: [`127.0.0.1:${receiver.port}`],
        timeoutMs: 300,
        resolve: async (host) => names[host] ?? systemResolve(host),
      },
    });
    kit = await createAdminKit(kind, {}, { cipher, outbox });
    kit.clock.now = clock.now;
    Object.defineProperty(clock, 'now', { get: () => kit.clock.now });
    worker = startDeliveryWorker({
      db: kit.storage.db,
      kind,
      outbox,
      manual: true, // sends only on `runOnce`: no timer or wake-up races a test's reads
      random: () => 0.5,
      write: kind === 'sqlite' ? (query) => kit.storage.write(query) : undefined,
    });
  });
  afterEach(async () => {
    await worker.stop();
    await kit.cleanup();
  });

  const base = '/api/admin/sites/harbor-vale/webhooks';
  const create = async (body: Record<string, unknown> = {}) => {
    const res = await kit.call(base, {
      session: kit.admin,
      body: { url: `${receiver.url}/hook`, events: ['intake.submitted'], description: 'Zapier', ...body },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return webhookSecretIssued.parse(await res.json());
  };
  /** Sessions end after a day idle: a test that moves the clock by days signs in again. */
  const signInAgain = async () => {
    kit.admin = await kit.signIn('hana@harborvale.example', adminPassword);
  };
  const messages = () =>
    kit.storage.db.selectFrom('outbox').selectAll().where('kind', '=', 'webhook').orderBy('message_id').execute();
  const deliveries = async (id: string) => {
    const res = await kit.call(`${base}/${id}/deliveries`, { session: kit.admin });
    expect(res.status).toBe(200);
    return webhookDeliveryList.parse(await res.json()).items;
  };
  const sendTest = async (id: string) => {
    const res = await kit.call(`${base}/${id}/test`, { session: kit.admin, body: {} });
    expect(res.status).toBe(202);
    return webhookDeliveryQueued.parse(await res.json()).deliveryId;
  };
  const endpoint = async (id: string) =>
    webhookEndpoint.parse(await (await kit.call(`${base}/${id}`, { session: kit.admin })).json());
  /** An intake event enqueued like the features do, inside a transaction. */
  const intakeEvent = (intakeId: string, type: 'intake.submitted' | 'intake.state_changed', state = 'new') =>
    kit.storage.db.transaction().execute((trx) =>
      enqueueWebhookEvent(trx, outbox, {
        site: 'harbor-vale',
        type: type as 'intake.state_changed',
        subjectRef: `intake:${intakeId}`,
        path: `/dashboard/intakes/${intakeId}`,
        data: {
          intakeId,
          reference: 'HV-TEST',
          state: state as 'new',
          previousState: 'new',
          practiceArea: 'family',
          source: 'form',
        },
        personal: () => ({ intake: { fields: { name: 'Ann Lee', description: 'My divorce' }, lang: 'en' } }),
      }),
    );

  it('creates an endpoint whose secret is shown once, lists it, and lets only the firm’s admins near it', async () => {
    const { id, secret } = await create({ includePersonalData: true });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const list = webhookEndpointList.parse(await (await kit.call(base, { session: kit.admin })).json());
    expect(list.items).toEqual([
      expect.objectContaining({
        id,
        url: `${receiver.url}/hook`,
        events: ['intake.submitted'],
        description: 'Zapier',
        includePersonalData: true,
        state: 'active',
        stateReason: null,
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain(secret);
    // Encrypted at rest.
    const stored = await kit.storage.db.selectFrom('webhook_endpoints').selectAll().executeTakeFirstOrThrow();
    expect(stored.secret).not.toContain(secret.slice(6));
    expect(kit.cipher.decrypt(stored.secret, webhookSecretAddress('harbor-vale', id, 'secret'))).toBe(secret);

    const staff = await kit.colleague('staff');
    expect((await kit.call(base, { session: staff })).status).toBe(403);
    expect((await kit.call(`${base}/${id}`, { session: staff })).status).toBe(403);
    const other = await kit.otherFirm('admin');
    expect((await kit.call(`${base}/${id}`, { session: other.session })).status).toBe(404);
    expect((await kit.call(`/api/admin/sites/${other.siteId}/webhooks/${id}`, { session: other.session })).status).toBe(
      404,
    );
    expect((await kit.call(base, { session: kit.admin, body: {}, csrf: false })).status).toBe(403);
  });

  it('rejects malformed, oversized and unknown input with a 422 naming the field, and stores nothing', async () => {
    const bad: Record<string, unknown>[] = [
      { url: 'not a url', events: ['intake.submitted'], description: '' },
      { url: `${receiver.url}/x`, events: [], description: '' },
      { url: `${receiver.url}/x`, events: ['intake.nope'], description: '' },
      { url: `${receiver.url}/x`, events: ['intake.submitted', 'intake.submitted'], description: '' },
      { url: `${receiver.url}/x`, events: ['intake.submitted'], description: 'x'.repeat(501) },
      { url: `https://a.example/${'x'.repeat(2000)}`, events: ['intake.submitted'], description: '' },
      { url: `${receiver.url}/x`, events: ['intake.submitted'], description: '', secret: 'mine' },
    ];
    for (const body of bad) {
      const res = await kit.call(base, { session: kit.admin, body });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
    }
    const { id } = await create();
    const put = await kit.call(`${base}/${id}`, { method: 'PUT', session: kit.admin, body: { events: [] } });
    expect(put.status).toBe(422);
    const plain = { method: 'PUT', session: kit.admin, body: '{}', headers: { 'content-type': 'text/plain' } };
    expect((await kit.call(`${base}/${id}`, plain)).status).toBe(415);
    expect((await kit.storage.db.selectFrom('webhook_endpoints').selectAll().execute()).length).toBe(1);
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data', 'https_required'],
    ['https://169.254.169.254/', 'address_not_allowed'],
    ['https://[::1]/', 'address_not_allowed'],
    ['https://2130706433/', 'address_not_allowed'],
    ['https://0x7f.1/', 'address_not_allowed'],
    ['https://127.1/', 'address_not_allowed'],
    ['https://[::ffff:127.0.0.1]/', 'address_not_allowed'],
    ['https://[fd00:ec2::254]/', 'address_not_allowed'],
    ['https://10.1.2.3/', 'address_not_allowed'],
    ['https://[fe80::1]/', 'address_not_allowed'],
    ['https://224.0.0.1/', 'address_not_allowed'],
    ['https://0.0.0.0/', 'address_not_allowed'],
    ['https://internal.example/hook', 'address_not_allowed'],
    ['https://localhost/hook', 'address_not_allowed'],
    ['http://public.example/hook', 'https_required'],
    ['https://user:pass@public.example/hook', 'credentials_in_url'],
    ['ftp://public.example/hook', 'invalid_url'],
  ])('refuses %s when saved (%s)', async (url, code) => {
    const res = await kit.call(base, {
      session: kit.admin,
      body: { url, events: ['intake.submitted'], description: '' },
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { detail?: string; errors: { path: string; code: string }[] };
    expect(problem.errors).toEqual([{ path: 'url', code: expect.any(String) }]);
    if (code !== 'invalid_url') {
      expect(problem.errors[0]?.code).toBe(code);
      expect(problem.detail).toBeTruthy();
    }
    expect((await kit.storage.db.selectFrom('webhook_endpoints').selectAll().execute()).length).toBe(0);
  });

  it('accepts a public https URL when saved', async () => {
    const res = await kit.call(base, {
      session: kit.admin,
      body: { url: 'https://public.example/hook', events: ['matter.created'], description: '' },
    });
    expect(res.status).toBe(201);
  });

  it('sends a signed test event that the Standard Webhooks library verifies, and logs the attempt', async () => {
    const { id, secret } = await create();
    const deliveryId = await sendTest(id);
    expect(await worker.runOnce()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const [hit] = receiver.received;
    expect(hit?.headers['webhook-id']).toBe(deliveryId);
    expect(hit?.path).toBe('/hook');
    const payload = webhookPayload.parse(receiver.verify(hit!, secret));
    expect(payload).toEqual({
      type: 'webhook.test',
      timestamp: new Date(kit.clock.now).toISOString(),
      data: { site: 'harbor-vale', endpointId: id, link: 'https://retainer.harborvale.example/dashboard/webhooks' },
    });
    expect(() => receiver.verify(hit!, `whsec_${randomBytes(32).toString('base64')}`)).toThrow();
    const [attempt] = await deliveries(id);
    expect(attempt).toEqual(
      expect.objectContaining({
        deliveryId,
        endpointId: id,
        event: 'webhook.test',
        attempt: 1,
        requestBody: hit?.body,
        responseStatus: 200,
        responseBody: 'ok',
        error: null,
        deliveryState: 'sent',
      }),
    );
  });

  it('keeps only the first 1 KB of an answer', async () => {
    const { id } = await create();
    receiver.respond({ body: 'y'.repeat(5000) });
    await sendTest(id);
    await worker.runOnce();
    const [attempt] = await deliveries(id);
    expect(attempt?.responseBody).toBe('y'.repeat(1024));
  });

  it('sends thin payloads by default and the decrypted details only where an admin turned them on', async () => {
    const thin = await create();
    const full = await create({ url: `${receiver.url}/full`, includePersonalData: true });
    await intakeEvent('intake-1', 'intake.submitted');
    expect(await worker.runOnce()).toBe(2);
    const byPath = (path: string) => receiver.received.find((h) => h.path === path)!;
    const thinBody = webhookPayload.parse(receiver.verify(byPath('/hook'), thin.secret));
    const fullBody = webhookPayload.parse(receiver.verify(byPath('/full'), full.secret));
    expect(thinBody.data).toEqual({
      site: 'harbor-vale',
      link: 'https://retainer.harborvale.example/dashboard/intakes/intake-1',
      intakeId: 'intake-1',
      reference: 'HV-TEST',
      state: 'new',
      practiceArea: 'family',
      source: 'form',
    });
    expect(byPath('/hook').body).not.toMatch(/Ann Lee|divorce/);
    expect((fullBody.data as { personal?: unknown }).personal).toEqual({
      intake: { fields: { name: 'Ann Lee', description: 'My divorce' }, lang: 'en' },
    });
    // At rest the body is encrypted like every outbox message.
    for (const row of await messages()) expect(row.data).not.toMatch(/Ann Lee|intake-1/);
  });

  it('enqueues only for endpoints subscribed to the event', async () => {
    await create({ events: ['matter.created'] });
    expect(await intakeEvent('intake-1', 'intake.submitted')).toBe(0);
    expect(await messages()).toEqual([]);
  });

  it('retries a 500 with backoff, then delivers with the same webhook-id; each attempt is logged', async () => {
    const { id, secret } = await create();
    receiver.respond({ status: 500, body: 'boom' });
    const deliveryId = await sendTest(id);
    expect(await worker.runOnce()).toBe(0);
    const [first] = await messages();
    expect(first).toEqual(expect.objectContaining({ state: 'retrying', last_error: 'HTTP 500', attempts: 1 }));
    // 5 s ± 20 % (random 0.5 → exactly 5 s).
    expect(first?.next_attempt_at).toBe(kit.clock.now + 5_000);
    expect(await worker.runOnce()).toBe(0);
    kit.clock.now += 5_000;
    expect(await worker.runOnce()).toBe(1);
    expect(receiver.received.map((h) => h.headers['webhook-id'])).toEqual([deliveryId, deliveryId]);
    for (const hit of receiver.received) receiver.verify(hit, secret);
    const log = await deliveries(id);
    expect(log.map((a) => [a.attempt, a.responseStatus, a.responseBody, a.deliveryState])).toEqual([
      [2, 200, 'ok', 'sent'],
      [1, 500, 'boom', 'sent'],
    ]);
  });

  it('retries a timeout and a refused connection, and a 3xx without following it', async () => {
    const { id } = await create();
    receiver.respond({ hang: true }, { status: 302, headers: { location: 'http://169.254.169.254/latest' } });
    await sendTest(id);
    await worker.runOnce();
    let [row] = await messages();
    expect(row?.state).toBe('retrying');
    expect(row?.last_error).toBe('No answer within 0.3 s');
    kit.clock.now += 5_000;
    await worker.runOnce();
    [row] = await messages();
    expect(row).toEqual(expect.objectContaining({ state: 'retrying', last_error: 'HTTP 302', attempts: 2 }));
    // Second retry 5 min later; the redirect was not followed: the receiver saw two requests, nothing else.
    expect(row?.next_attempt_at).toBe(kit.clock.now + 5 * 60_000);
    expect(receiver.received).toHaveLength(2);

    const closed = await startWebhookReceiver();
    const port = closed.port;
    await closed.close();
    // The closed port is not on the allow-list: allow it like an operator would.
    outbox.webhookPolicy.allowHosts = [...outbox.webhookPolicy.allowHosts, `127.0.0.1:${port}`];
    const refused = await create({ url: `http://127.0.0.1:${port}/gone` });
    await sendTest(refused.id);
    await worker.runOnce();
    const [attempt] = await deliveries(refused.id);
    expect(attempt).toEqual(expect.objectContaining({ responseStatus: null, error: 'Connection refused' }));
  });

  it('honours Retry-After on 429 and 503', async () => {
    const { id } = await create();
    receiver.respond(
      { status: 429, headers: { 'retry-after': '120' } },
      { status: 503, headers: { 'retry-after': '7' } },
    );
    await sendTest(id);
    await worker.runOnce();
    let [row] = await messages();
    expect(row?.next_attempt_at).toBe(kit.clock.now + 120_000);
    kit.clock.now += 120_000;
    await worker.runOnce();
    [row] = await messages();
    expect(row?.next_attempt_at).toBe(kit.clock.now + 7_000);
    expect(row?.last_error).toBe('HTTP 503');
  });

  it('disables the endpoint on 410 and tells the site’s admins', async () => {
    const { id } = await create();
    receiver.respond({ status: 410 });
    await sendTest(id);
    await worker.runOnce();
    expect(await endpoint(id)).toEqual(
      expect.objectContaining({ state: 'disabled', stateReason: 'The receiver answered 410 Gone: endpoint disabled' }),
    );
    const [row] = await messages();
    expect(row?.state).toBe('failed');
    const emails = await kit.storage.db
      .selectFrom('outbox')
      .selectAll()
      .where('kind', '=', 'email')
      .where('template', '=', 'webhook-paused')
      .execute();
    expect(emails.map((e) => e.reason)).toEqual(['webhook.disabled']);
    // New events do not go to a disabled endpoint; resuming it starts them again.
    await sendTest(id);
    await worker.runOnce();
    expect(receiver.received).toHaveLength(1);
    const resumed = await kit.call(`${base}/${id}`, { method: 'PUT', session: kit.admin, body: { paused: false } });
    expect(webhookEndpoint.parse(await resumed.json()).state).toBe('active');
  });

  it('pauses an endpoint after 3 days of failures, mails the admins, and sends what waited once resumed', async () => {
    const { id, secret } = await create();
    receiver.respond(...Array.from({ length: 20 }, () => ({ status: 500 })));
    await sendTest(id);
    const started = kit.clock.now;
    const stateOf = async () =>
      (await kit.storage.db.selectFrom('webhook_endpoints').select('state').executeTakeFirstOrThrow()).state;
    for (let i = 0; i < 12 && (await stateOf()) === 'active'; i++) {
      const [row] = await messages();
      kit.clock.now = Math.max(kit.clock.now, row!.next_attempt_at);
      await worker.runOnce();
    }
    await signInAgain();
    const paused = await endpoint(id);
    expect(paused.state).toBe('paused');
    expect(paused.stateReason).toBe('Paused after 3 days of failed deliveries: HTTP 500');
    expect(kit.clock.now - started).toBeGreaterThanOrEqual(72 * hour);
    const emails = await kit.storage.db
      .selectFrom('outbox')
      .select(['reason', 'state'])
      .where('template', '=', 'webhook-paused')
      .execute();
    expect(emails.map((e) => e.reason)).toEqual(['webhook.paused']);
    const attempts = receiver.received.length;
    // A message written while paused is held, not sent.
    kit.clock.now += hour;
    receiver.received.length = 0;
    await signInAgain();
    await sendTest(id);
    await worker.runOnce();
    expect(receiver.received).toHaveLength(0);
    const held = (await messages()).at(-1);
    expect(held?.state).toBe('held');
    expect(attempts).toBeGreaterThanOrEqual(8);
    // Resumed: the held message goes out (the receiver is back).
    receiver.received.length = 0;
    const put = await kit.call(`${base}/${id}`, { method: 'PUT', session: kit.admin, body: { paused: false } });
    expect(webhookEndpoint.parse(await put.json()).state).toBe('active');
    await worker.runOnce();
    expect(receiver.received.map((h) => h.headers['webhook-id'])).toContain(held?.message_id);
    for (const hit of receiver.received) receiver.verify(hit, secret);
  });

  it('pauses and resumes on request', async () => {
    const { id } = await create();
    const put = await kit.call(`${base}/${id}`, { method: 'PUT', session: kit.admin, body: { paused: true } });
    expect(webhookEndpoint.parse(await put.json())).toEqual(
      expect.objectContaining({ state: 'paused', stateReason: 'Paused by an admin' }),
    );
    await sendTest(id);
    await worker.runOnce();
    expect(receiver.received).toHaveLength(0);
    await kit.call(`${base}/${id}`, { method: 'PUT', session: kit.admin, body: { paused: false } });
    await worker.runOnce();
    expect(receiver.received).toHaveLength(1);
  });

  it('signs with the old and the new secret for 24 h after a rotation, then with the new one only', async () => {
    const { id, secret: old } = await create();
    const rotated = await kit.call(`${base}/${id}/rotate-secret`, { session: kit.admin, body: {} });
    expect(rotated.status).toBe(200);
    const { secret: fresh } = webhookSecretIssued.parse(await rotated.json());
    expect(fresh).not.toBe(old);
    expect((await endpoint(id)).previousSecretUntil).toBe(kit.clock.now + 24 * hour);
    await sendTest(id);
    await worker.runOnce();
    const [during] = receiver.received;
    expect(String(during?.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(receiver.verify(during!, old)).toBeTruthy();
    expect(receiver.verify(during!, fresh)).toBeTruthy();
    kit.clock.now += 24 * hour;
    await signInAgain();
    await sendTest(id);
    await worker.runOnce();
    const after = receiver.received[1]!;
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(receiver.verify(after, fresh)).toBeTruthy();
    expect(() => receiver.verify(after, old)).toThrow();
    expect((await endpoint(id)).previousSecretUntil).toBeNull();
  });

  it('replays a delivery with the same webhook-id and body', async () => {
    const { id, secret } = await create();
    const deliveryId = await sendTest(id);
    await worker.runOnce();
    kit.clock.now += 1_000;
    const replay = await kit.call(`${base}/${id}/deliveries/${deliveryId}/retry`, { session: kit.admin, body: {} });
    expect(replay.status).toBe(202);
    expect(webhookDeliveryQueued.parse(await replay.json()).deliveryId).toBe(deliveryId);
    await worker.runOnce();
    const [first, second] = receiver.received;
    expect(second?.headers['webhook-id']).toBe(deliveryId);
    expect(second?.body).toBe(first?.body);
    receiver.verify(second!, secret);
    expect((await deliveries(id)).map((a) => a.attempt)).toEqual([2, 1]);
    const unknown = await kit.call(`${base}/${id}/deliveries/msg_nope/retry`, { session: kit.admin, body: {} });
    expect(unknown.status).toBe(404);
  });

  it('sends the deliveries about one intake in order, also when the first one needs retries', async () => {
    const { id, secret } = await create({ events: ['intake.submitted', 'intake.state_changed'] });
    const seen = () =>
      receiver.received.map((h) => {
        const payload = receiver.verify(h, secret) as { type: string; data: { intakeId: string } };
        return `${payload.data.intakeId} ${payload.type}`;
      });
    receiver.respond({ status: 500 });
    await intakeEvent('intake-1', 'intake.submitted');
    await intakeEvent('intake-1', 'intake.state_changed', 'contacted');
    await worker.runOnce();
    // intake-1's first delivery failed, so its second waits…
    expect(seen()).toEqual(['intake-1 intake.submitted']);
    // …without holding up another intake's.
    await intakeEvent('intake-2', 'intake.submitted');
    kit.clock.now += 1_000;
    await worker.runOnce();
    expect(seen()).toEqual(['intake-1 intake.submitted', 'intake-2 intake.submitted']);
    kit.clock.now += 5_000;
    await worker.runOnce();
    expect(seen().slice(2)).toEqual(['intake-1 intake.submitted', 'intake-1 intake.state_changed']);
    expect((await messages()).every((m) => m.state === 'sent')).toBe(true);
    expect(await deliveries(id)).toHaveLength(4);
  });

  it.each([
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://127.1/',
    'https://internal.example/hook',
    'https://localhost/hook',
  ])('refuses %s when sending too (an endpoint saved before the rules, or a name that changed)', async (url) => {
    const { id } = await create();
    await kit.storage.db.updateTable('webhook_endpoints').set({ url }).where('id', '=', id).execute();
    await sendTest(id);
    await worker.runOnce();
    expect(receiver.received).toHaveLength(0);
    const [attempt] = await deliveries(id);
    expect(attempt?.responseStatus).toBeNull();
    expect(attempt?.error).toMatch(/public addresses only|https:\/\/ URL/);
  });

  it('refuses at send a name that resolved to a public address when saved and to a private one now', async () => {
    const { id } = await create();
    const res = await kit.call(`${base}/${id}`, {
      method: 'PUT',
      session: kit.admin,
      body: { url: 'https://rebind.example/hook' },
    });
    // Not resolvable at all when saved: refused.
    expect(res.status).toBe(422);
    names['rebind.example'] = [{ address: '93.184.216.34', family: 4 }];
    const saved = await kit.call(`${base}/${id}`, {
      method: 'PUT',
      session: kit.admin,
      body: { url: 'https://rebind.example/hook' },
    });
    expect(saved.status).toBe(200);
    names['rebind.example'] = [{ address: '127.0.0.1', family: 4 }];
    await sendTest(id);
    await worker.runOnce();
    const [attempt] = await deliveries(id);
    expect(attempt?.error).toBe(
      'rebind.example resolves to 127.0.0.1, which is loopback: webhooks go to public addresses only',
    );
    delete names['rebind.example'];
  });

  it('deletes an endpoint with its log; its pending deliveries end', async () => {
    const { id } = await create();
    receiver.respond({ status: 500 });
    await sendTest(id);
    await worker.runOnce();
    const res = await kit.call(`${base}/${id}`, { method: 'DELETE', session: kit.admin });
    expect(res.status).toBe(204);
    expect((await kit.call(`${base}/${id}`, { session: kit.admin })).status).toBe(404);
    const [row] = await messages();
    expect(row).toEqual(expect.objectContaining({ state: 'failed', last_error: 'The endpoint was deleted' }));
    expect(await kit.storage.db.selectFrom('webhook_attempts').selectAll().execute()).toEqual([]);
  });
});
