import { randomBytes, randomUUID } from 'node:crypto';
import { type WebhookPayload, webhookEvents, webhookPayload, webhookSecretIssued } from '@retainer/schema/admin';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { type DeliveryWorker, startDeliveryWorker } from '../outbox/delivery-worker.ts';
import { createOutbox } from '../outbox/outbox.ts';
import { post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver.ts';

/** Words from what the prospect and the client wrote: none of them may reach a thin payload. */
const confidential = /Ann Lee|ann\.lee@example|Initech|Ohio|children|Any news|divorce went/;

describe.each(storageKinds)('webhook events on %s', (kind) => {
  let receiver: WebhookReceiver;
  let kit: AdminKit;
  let worker: DeliveryWorker;
  let thin: { id: string; secret: string };
  let full: { id: string; secret: string };

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.close());
  beforeEach(async () => {
    receiver.reset();
    const cipher = createFieldCipher(randomBytes(32));
    const clock = { now: Date.UTC(2025, 0, 13, 15) };
    const outbox = createOutbox({
      cipher,
      baseUrl: 'https://retainer.harborvale.example',
      now: () => clock.now,
      webhooks: { allowHosts: ['127.0.0.1'], timeoutMs: 2_000 },
    });
    kit = await createAdminKit(kind, {}, { cipher, outbox });
    kit.clock.now = clock.now;
    Object.defineProperty(clock, 'now', { get: () => kit.clock.now });
    worker = startDeliveryWorker({
      db: kit.storage.db,
      kind,
      outbox,
      manual: true, // sends only on `runOnce`: no timer or wake-up races a test's reads
      write: kind === 'sqlite' ? (query) => kit.storage.write(query) : undefined,
    });
    const add = async (path: string, includePersonalData: boolean) => {
      const res = await kit.call('/api/admin/sites/harbor-vale/webhooks', {
        session: kit.admin,
        body: { url: `${receiver.url}${path}`, events: [...webhookEvents], description: path, includePersonalData },
      });
      return webhookSecretIssued.parse(await res.json());
    };
    thin = await add('/thin', false);
    full = await add('/full', true);
  });
  afterEach(async () => {
    await worker.stop();
    await kit.cleanup();
  });

  /** Everything delivered so far to one endpoint, verified with its secret and parsed with the schema. */
  const delivered = async (path: '/thin' | '/full'): Promise<WebhookPayload[]> => {
    await worker.runOnce();
    const secret = path === '/thin' ? thin.secret : full.secret;
    return receiver.received
      .filter((h) => h.path === path)
      .map((h) => {
        if (path === '/thin') expect(h.body).not.toMatch(confidential);
        return webhookPayload.parse(receiver.verify(h, secret));
      });
  };
  const types = async (path: '/thin' | '/full' = '/thin') => (await delivered(path)).map((p) => p.type);

  it('sends intake.submitted, faq.handoff and intake.conflict_flagged with the intake, in order; thin and full', async () => {
    await kit.call('/api/admin/parties/import', {
      session: kit.admin,
      body: 'name\nInitech\n',
      headers: { 'content-type': 'text/csv' },
    });
    const journey = randomUUID();
    const handoff = {
      id: randomUUID(),
      events: [
        {
          id: randomUUID(),
          site: 'harbor-vale',
          journey,
          stage: 'contact',
          type: 'faq.handoff',
          ts: kit.clock.now,
          props: { channel: 'intake' },
        },
      ],
    };
    expect((await kit.app.request('/v1/events', post(handoff))).status).toBeLessThan(300);
    const id = await kit.submit({ adverseParties: ['Initech'] }, { journey });
    const reference = (
      await kit.db.selectFrom('intakes').select('reference').where('id', '=', id).executeTakeFirstOrThrow()
    ).reference;
    const payloads = await delivered('/thin');
    expect(payloads.map((p) => p.type)).toEqual(['intake.submitted', 'faq.handoff', 'intake.conflict_flagged']);
    expect(payloads[0]?.data).toEqual({
      site: 'harbor-vale',
      link: `https://retainer.harborvale.example/dashboard/intakes/${id}`,
      intakeId: id,
      reference,
      state: 'new',
      practiceArea: 'family',
      source: 'faq',
    });
    expect(payloads[2]?.data).toEqual(expect.objectContaining({ intakeId: id, matches: 1 }));
    const [fullSubmitted] = await delivered('/full');
    const personal = (
      fullSubmitted?.data as { personal?: { intake?: { fields: Record<string, unknown> } } } | undefined
    )?.personal;
    expect(personal?.intake?.fields).toEqual(
      expect.objectContaining({ name: 'Ann Lee', email: 'ann.lee@example.com', adverseParties: ['Initech'] }),
    );
  });

  it('sends nothing for suspected spam, and a plain form intake as source form without a hand-off', async () => {
    await kit.submit({}, { website: 'http://spam.example' });
    expect(await types()).toEqual([]);
    await kit.submit();
    const [submitted] = await delivered('/thin');
    expect(submitted).toEqual(expect.objectContaining({ type: 'intake.submitted' }));
    expect((submitted?.data as { source: string } | undefined)?.source).toBe('form');
    expect(await types()).toEqual(['intake.submitted']);
  });

  it('follows an intake through the inbox into a matter: state changes, matter created, updated, message, closed', async () => {
    const id = await kit.submit({ description: 'Our divorce went badly.' });
    for (const state of ['contacted', 'retained']) {
      const res = await kit.call(`/api/admin/inbox/${id}/state`, { session: kit.admin, body: { state } });
      expect(res.status).toBe(200);
    }
    const opened = await kit.call(`/api/admin/inbox/${id}/matter`, { session: kit.admin, body: {} });
    expect(opened.status).toBe(201);
    const matterId = ((await opened.json()) as { matter: { id: string } }).matter.id;
    expect(
      (await kit.call(`/api/admin/matters/${matterId}/updates`, { session: kit.admin, body: { text: 'Filed today.' } }))
        .status,
    ).toBe(201);
    const code = await kit.call(`/api/admin/matters/${matterId}/access-code`, { session: kit.admin, body: {} });
    const { accessCode } = (await code.json()) as { accessCode: string };
    const matter = await kit.db
      .selectFrom('matters')
      .select('reference')
      .where('id', '=', matterId)
      .executeTakeFirstOrThrow();
    const lookup = await kit.app.request(
      '/v1/status/lookup',
      post({ site: 'harbor-vale', reference: matter.reference, code: accessCode }),
    );
    const { token } = (await lookup.json()) as { token: string };
    const messageId = randomUUID();
    const sent = await kit.app.request('/v1/status/message', post({ id: messageId, token, text: 'Any news?' }));
    expect(sent.status).toBe(201);
    expect((await kit.call(`/api/admin/matters/${matterId}/close`, { session: kit.admin, body: {} })).status).toBe(200);

    // In order per intake and per matter (the two are separate subjects).
    const all = await delivered('/thin');
    const about = (prefix: string) => all.filter((p) => p.type.startsWith(prefix));
    const payloads = [...about('intake.'), ...about('matter.')];
    expect(payloads.map((p) => p.type)).toEqual([
      'intake.submitted',
      'intake.state_changed',
      'intake.state_changed',
      'matter.created',
      'matter.updated',
      'matter.message_received',
      'matter.closed',
    ]);
    expect(payloads[1]?.data).toEqual(expect.objectContaining({ state: 'contacted', previousState: 'new' }));
    expect(payloads[2]?.data).toEqual(expect.objectContaining({ state: 'retained', previousState: 'contacted' }));
    expect(payloads[3]?.data).toEqual({
      site: 'harbor-vale',
      link: `https://retainer.harborvale.example/dashboard/matters/${matterId}`,
      matterId,
      reference: matter.reference,
      status: 'open',
      stage: expect.any(String),
      intakeId: id,
    });
    expect(payloads[4]?.data).toEqual(expect.objectContaining({ change: 'update' }));
    expect(payloads[5]?.data).toEqual(expect.objectContaining({ messageId }));
    expect(payloads[6]?.data).toEqual(expect.objectContaining({ status: 'closed' }));
    const fullMessage = (await delivered('/full')).find((p) => p.type === 'matter.message_received');
    expect((fullMessage?.data as { personal?: unknown } | undefined)?.personal).toEqual({
      client: { name: 'Ann Lee', email: 'ann.lee@example.com' },
      text: 'Any news?',
    });
  });

  it('sends survey.answered with the score, and survey.follow_up_needed for an unhappy answer', async () => {
    const res = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
      session: kit.admin,
      body: { moment: 'end', clientName: 'Ann Lee', email: 'ann.lee@example.com', practiceArea: 'family' },
    });
    const issued = (await res.json()) as { invitation: { id: string }; url: string };
    const token = new URL(issued.url).hash.replace('#retainer-survey=', '');
    const answered = await kit.app.request(
      '/v1/survey',
      post({ site: 'harbor-vale', token, score: 2, comment: 'Our divorce went badly.' }),
    );
    expect(answered.status).toBe(201);
    const payloads = await delivered('/thin');
    expect(payloads.map((p) => p.type)).toEqual(['survey.answered', 'survey.follow_up_needed']);
    expect(payloads[0]?.data).toEqual(
      expect.objectContaining({ responseId: issued.invitation.id, score: 2, matterId: null }),
    );
    expect(payloads[1]?.data).toEqual(expect.objectContaining({ followUpId: issued.invitation.id }));
    const fullAnswer = (await delivered('/full')).find((p) => p.type === 'survey.answered');
    expect((fullAnswer?.data as { personal?: unknown } | undefined)?.personal).toEqual({
      text: 'Our divorce went badly.',
    });
  });

  it('creates matter.created for a matter typed in by staff', async () => {
    const res = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: 'Ann Lee', clientEmail: 'ann.lee@example.com', practiceArea: 'family' },
    });
    expect(res.status).toBe(201);
    const payloads = await delivered('/thin');
    expect(payloads.map((p) => p.type)).toEqual(['matter.created']);
    expect(payloads[0]?.data).toEqual(expect.objectContaining({ intakeId: null, status: 'open' }));
  });
});
