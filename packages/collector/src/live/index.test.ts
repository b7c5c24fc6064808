import { randomUUID } from 'node:crypto';
import { problemTypes } from '@retainer/schema';
import { type LiveChange, liveChange, type MatterCreated } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, cheapPasswords, createAdminKit, type Session } from '../admin-api/test-kit.ts';
import { createApp } from '../app.ts';
import { intakeBody, post } from '../test-support/requests.ts';
import { relaxedLimits } from '../test-support/test-app.ts';
import { storageKinds } from '../test-support/test-storage.ts';

/** Reads a Server-Sent Events body one event at a time, as the dashboard does. */
function eventReader(res: Response) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    /** The next event (comments skipped); `undefined` once the stream has ended. */
    async next(): Promise<{ event: string; data: string } | undefined> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n').filter((line) => !line.startsWith(':'));
          const event = lines.find((line) => line.startsWith('event: '))?.slice(7) ?? 'message';
          const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6));
          if (data.length > 0) return { event, data: data.join('\n') };
          continue;
        }
        const { done, value } = await reader.read();
        if (done) return undefined;
        buffer += decoder.decode(value, { stream: true });
      }
    },
    /** The next `change`, parsed with the schema the dashboard reads it with. */
    async change(): Promise<LiveChange & { raw: string }> {
      for (;;) {
        const event = await this.next();
        if (!event) throw new Error('stream ended');
        if (event.event !== 'change') continue;
        return { ...liveChange.parse(JSON.parse(event.data)), raw: event.data };
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe.each(storageKinds)('GET /api/admin/live on %s', (kind) => {
  let kit: AdminKit;

  const open = async (session: Session, app: { request: AdminKit['app']['request'] } = kit.app) => {
    const res = await app.request('/api/admin/live', { headers: { cookie: session.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const events = eventReader(res);
    // `ready` says the stream now hears everything that arrives.
    expect(await events.next()).toEqual({ event: 'ready', data: '{}' });
    return events;
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind, { livePollMs: 5 });
  });
  afterAll(() => kit.cleanup());

  it('refuses a request without a session with a 401 problem', async () => {
    const res = await kit.app.request('/api/admin/live');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(((await res.json()) as { type: string }).type).toBe(problemTypes.unauthenticated);
  });

  it('tells the dashboard a new intake arrived, with the site and nothing the prospect wrote', async () => {
    const events = await open(kit.admin);
    await kit.submit({ name: 'Canary Prospectname', email: 'canary-live@example.com', description: 'canary text' });
    const change = await events.change();
    expect(change).toMatchObject({ type: 'intake', site: 'harbor-vale' });
    expect(JSON.parse(change.raw)).toEqual({ type: 'intake', site: 'harbor-vale' });
    expect(change.raw).not.toMatch(/canary/i);
    await events.cancel();
  });

  it('tells the dashboard a client wrote on a matter', async () => {
    const created = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site: 'harbor-vale', clientName: 'Ann Lee', clientEmail: 'ann@example.com', practiceArea: 'family' },
    });
    const { matter, accessCode } = (await created.json()) as MatterCreated;
    const lookup = await kit.app.request(
      '/v1/status/lookup',
      post({ site: 'harbor-vale', reference: matter.reference, code: accessCode }),
    );
    const { token } = (await lookup.json()) as { token: string };
    const events = await open(kit.admin);
    const sent = await kit.app.request('/v1/status/message', post({ id: randomUUID(), token, text: 'Canary message' }));
    expect(sent.status).toBe(201);
    const change = await events.change();
    expect(JSON.parse(change.raw)).toEqual({ type: 'matter-message', site: 'harbor-vale' });
    await events.cancel();
  });

  it('hears an intake stored by another collector on the same database', async () => {
    // A second collector process: its own app and feed, sharing only the database.
    const second = createApp({
      storage: kit.storage,
      cipher: kit.cipher,
      now: () => kit.clock.now,
      siteCacheMs: 0,
      publicLimits: relaxedLimits,
      admin: { passwordCost: cheapPasswords, livePollMs: 5 },
    });
    const events = await open(kit.admin, second);
    await kit.submit();
    expect(JSON.parse((await events.change()).raw)).toEqual({ type: 'intake', site: 'harbor-vale' });
    await events.cancel();
    second.live.close();
  });

  it("tells another firm nothing about this firm's intakes", async () => {
    const other = await kit.otherFirm('staff');
    const mine = await open(kit.admin);
    const theirs = await open(other.session);
    await kit.submit();
    expect((await mine.change()).site).toBe('harbor-vale');
    // The other firm's first change is its own intake, sent after ours: ours never reached it.
    await kit.app.request('/v1/intake', post(intakeBody({ site: other.siteId })));
    expect((await theirs.change()).site).toBe(other.siteId);
    await mine.cancel();
    await theirs.cancel();
  });

  it('ends every stream when the collector closes, so shutdown is not held open', async () => {
    const events = await open(kit.admin);
    kit.app.live.close();
    expect(await events.next()).toBeUndefined();
  });
});
