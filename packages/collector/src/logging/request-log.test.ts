import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createAdaptorServer } from '@hono/node-server';
import { problem, problemTypes } from '@retainer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { createMetrics } from '../metrics/index.ts';
import { intakeBody, post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import { createLogger } from './logger.ts';

/** A logger whose lines land in `lines`, parsed. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', stream }), lines, raw };
}

/** A distinct marker per field, so a failure names the field that leaked. */
const canary = (field: string) => `CANARY${field.replace(/\W/g, '')}Zq7`;

describe.each(storageKinds)('request logs on %s', (kind) => {
  let kit: AdminKit;
  const capture = capturedLogger();

  beforeAll(async () => {
    kit = await createAdminKit(kind, {}, { logger: capture.logger, logIp: false, metrics: createMetrics() });
  });
  afterAll(() => kit.cleanup());

  it('writes one JSON line per request with the documented fields, and the id matches X-Request-Id', async () => {
    capture.lines.length = 0;
    const res = await kit.app.request('/v1/sites/harbor-vale/config');
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = capture.lines.find((l) => l.requestId === id);
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'GET',
      route: '/v1/sites/:site/config',
      status: 200,
      site: 'harbor-vale',
    });
    expect(typeof line?.time).toBe('string');
    expect(typeof line?.durationMs).toBe('number');
    expect(line).not.toHaveProperty('ip');
    expect(capture.lines.filter((l) => l.msg === 'request')).toHaveLength(1);
  });

  it('puts the same request id in a problem body, and a 404 gets one too', async () => {
    for (const res of [
      await kit.app.request('/v1/intake', post('{"broken":')),
      await kit.app.request('/no/such/page'),
      await kit.app.request('/api/admin/inbox'),
    ]) {
      const body = problem.parse(await res.json());
      expect(body.requestId).toBeDefined();
      expect(body.requestId).toBe(res.headers.get('x-request-id'));
    }
  });

  // Over Node the id goes on the socket's answer itself (issue 18): every kind of answer must still carry it.
  it('sends X-Request-Id over real HTTP on a stored event, a problem and a 404, matching the log line', async () => {
    const server = createAdaptorServer({ fetch: kit.app.fetch }) as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      capture.lines.length = 0;
      const event = { id: crypto.randomUUID(), site: 'harbor-vale', journey: crypto.randomUUID() };
      const batch = {
        id: crypto.randomUUID(),
        events: [{ ...event, stage: 'discover', type: 'intake.shown', ts: Date.now() }],
      };
      const answers = [
        await fetch(`${base}/v1/events`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify(batch),
        }),
        await fetch(`${base}/v1/intake`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: '{"broken":',
        }),
        await fetch(`${base}/no/such/page`),
      ];
      expect(answers.map((res) => res.status)).toEqual([200, 400, 404]);
      for (const res of answers) {
        const id = res.headers.get('x-request-id');
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        await res.arrayBuffer();
        await expect.poll(() => capture.lines.some((l) => l.requestId === id)).toBe(true);
      }
      const problemBody = problem.parse(await (await fetch(`${base}/no/such/page`)).json());
      expect(problemBody.requestId).toBeDefined();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('ignores a client-sent X-Request-Id unless a trusted proxy sits in front', async () => {
    const res = await kit.app.request('/livez', { headers: { 'x-request-id': 'proxy-chosen-id-1234' } });
    expect(res.headers.get('x-request-id')).not.toBe('proxy-chosen-id-1234');
  });

  it('logs no personal data: canaries in every field of an intake, a sign-in, a status lookup and a survey answer', async () => {
    capture.lines.length = 0;
    capture.raw.length = 0;
    const planted: string[] = [];
    const plant = (field: string) => {
      const value = canary(field);
      planted.push(value);
      return value;
    };
    // An intake, every free-text field planted (and the ids: they are a person's submission and journey).
    const intake = intakeBody({
      id: crypto.randomUUID(),
      fields: {
        name: plant('name'),
        email: `${plant('email')}@example.com`,
        phone: '+1 617 555 0100',
        practiceArea: 'family',
        description: plant('description'),
        adverseParties: [plant('adverse')],
        contactMethod: 'email',
      },
    });
    const stored = await kit.app.request(
      '/v1/intake',
      post(intake, { 'user-agent': plant('useragent'), referer: `https://x.example/${plant('referer')}` }),
    );
    expect(stored.status).toBe(201);
    // A refused intake still must not echo what it held.
    await kit.app.request('/v1/intake', post({ ...intake, fields: { ...intake.fields, email: plant('bademail') } }));

    // Sign-ins: a wrong one and one with a canary cookie.
    await kit.call('/api/admin/session', { body: { email: `${plant('signin')}@example.com`, password: plant('pw') } });
    await kit.call('/api/admin/inbox', { headers: { cookie: `retainer_session=${plant('cookie')}` } });

    // Status lookups: reference and access code.
    await kit.app.request(
      '/v1/status/lookup',
      post({ site: 'harbor-vale', reference: plant('reference'), code: plant('code') }),
    );

    // A survey answer with a planted comment, on an invitation whose client is planted too.
    const issued = await kit.call('/api/admin/sites/harbor-vale/survey/invitations', {
      session: kit.admin,
      body: { moment: 'end', clientName: plant('client'), email: `${plant('clientemail')}@example.com` },
    });
    expect(issued.status).toBe(201);
    const token = new URL(((await issued.json()) as { url: string }).url).hash.replace('#retainer-survey=', '');
    const answered = await kit.app.request(
      '/v1/survey',
      post({ site: 'harbor-vale', token, score: 3, comment: plant('comment') }),
    );
    expect(answered.status).toBe(201);

    const log = capture.raw.join('\n');
    expect(capture.lines.filter((l) => l.msg === 'request').length).toBeGreaterThanOrEqual(7);
    for (const value of [...planted, intake.id, intake.journey, token, kit.admin.cookie.split('=')[1]!]) {
      expect(log, value).not.toContain(value);
    }
    // Routes are patterns, never raw URLs.
    expect(capture.lines.map((l) => l.route)).toContain('/api/admin/sites/:site/survey/invitations');
  });
});

describe('request logs with RETAINER_LOG_IP=1 behind a trusted proxy', () => {
  it('adds the client address and keeps the proxy’s request id', async () => {
    const capture = capturedLogger();
    const kit = await createAdminKit('sqlite', { trustProxy: true }, { logger: capture.logger, logIp: true });
    try {
      const res = await kit.app.request('/livez', {
        headers: { 'x-request-id': 'caddy-7f3a9c21', 'x-forwarded-for': '203.0.113.9' },
      });
      expect(res.headers.get('x-request-id')).toBe('caddy-7f3a9c21');
      expect(capture.lines.find((l) => l.requestId === 'caddy-7f3a9c21')).toMatchObject({
        ip: '203.0.113.9',
        level: 'debug',
      });
      const refused = await kit.app.request('/v1/intake', post('{', { 'x-request-id': 'bad id with spaces' }));
      expect(problem.parse(await refused.json())).toMatchObject({ type: problemTypes.malformedJson });
      expect(refused.headers.get('x-request-id')).not.toBe('bad id with spaces');
    } finally {
      await kit.cleanup();
    }
  });
});
