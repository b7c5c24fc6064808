/**
 * Issue 14, defect 15: bad input a black-box attack run still got through. Duplicate JSON keys (two
 * parsers could read one body two ways), an understated Content-Length (Node's bare 400), admin
 * actions taking `text/plain`, and refused survey requests spending the visitor's quota.
 */
import { connect } from 'node:net';
import { problem, problemTypes } from '@retainer/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit } from '../admin-api/test-kit.ts';
import { listen } from '../server/listen.ts';
import { eventBody, intakeBody, post } from '../test-support/requests.ts';
import { tableCounts } from '../test-support/table-counts.ts';
import { allowedOrigin, createTestApp, otherOrigin, type TestApp } from '../test-support/test-app.ts';
import { storageKinds } from '../test-support/test-storage.ts';
import {
  validFaqAsk,
  validStatusLookup,
  validStatusMessage,
  validSurveyAnswer,
  validSurveyOpen,
} from './arbitraries.ts';

const site = 'harbor-vale';
const sample = (arb: fc.Arbitrary<unknown>) => JSON.stringify(fc.sample(arb, { numRuns: 1, seed: 14 })[0]);

/** Every public POST with a body its schema accepts, as text. */
const publicBodies = (): [string, string][] => [
  ['/v1/events', JSON.stringify(eventBody(2))],
  ['/v1/intake', JSON.stringify(intakeBody())],
  ['/v1/faq/ask', sample(validFaqAsk(site))],
  ['/v1/status/lookup', sample(validStatusLookup(site))],
  ['/v1/status/matter', sample(validStatusMessage.map(({ token }) => ({ token })))],
  ['/v1/status/message', sample(validStatusMessage)],
  ['/v1/survey/open', sample(validSurveyOpen(site))],
  ['/v1/survey', sample(validSurveyAnswer(site))],
];

async function expectMalformed(res: Response) {
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = problem.parse(await res.json());
  expect(body.type).toBe(problemTypes.malformedJson);
}

describe.each(storageKinds)('request edges on %s', (kind) => {
  let test: TestApp;
  let kit: AdminKit;
  beforeAll(async () => {
    test = await createTestApp(kind);
    kit = await createAdminKit(kind);
  });
  afterAll(async () => {
    await test.cleanup();
    await kit.cleanup();
  });
  const send = (path: string, body: string, origin = allowedOrigin) => test.app.request(path, post(body, { origin }));

  it('refuses duplicate keys on every public POST with 400 problem+json, storing nothing', async () => {
    for (const [path, valid] of publicBodies()) {
      const first = valid.indexOf('"', 1);
      const key = valid.slice(first, valid.indexOf('"', first + 1) + 1);
      const cases = [
        // The attack run's case: an unknown site first, the real one last.
        valid.replace(/^\{/, `{${key}:"no-such-site",`),
        // The same value twice is still two readings waiting to happen.
        valid.replace(/\}$/, `,${key}:${JSON.stringify(JSON.parse(valid)[key.slice(1, -1)])}}`),
      ];
      for (const body of cases) {
        const before = await tableCounts(test.storage.db);
        const res = await send(path, body);
        await expectMalformed(res);
        expect(await tableCounts(test.storage.db), path).toEqual(before);
      }
    }
    const nested = JSON.stringify(intakeBody()).replace('"fields":{', '"fields":{"name":"Mallory",');
    await expectMalformed(await send('/v1/intake', nested));
    // Escaped quotes and a key-like string inside a value are not keys.
    const tricky = intakeBody({ fields: { ...intakeBody().fields, description: 'He said "a":1, \\"b\\": and left' } });
    expect((await send('/v1/intake', JSON.stringify(tricky))).status).toBe(201);
  });

  it('refuses duplicate keys in admin JSON bodies too', async () => {
    const res = await kit.call('/api/admin/session', {
      body: `{"email":"nobody@example.com","email":"hana@harborvale.example","password":${JSON.stringify(adminPassword)}}`,
    });
    await expectMalformed(res);
  });

  it('answers a body longer than its Content-Length with a problem+json 400, not Node’s bare one', async () => {
    const running = await listen({ app: test.app, storage: test.storage, port: 0, host: '127.0.0.1' });
    try {
      const body = JSON.stringify(eventBody(1));
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(running.port, '127.0.0.1', () => {
          socket.write(
            `POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\n${body}`,
          );
        });
        let answer = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk) => {
          answer += chunk;
        });
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
      const [head = '', payload = ''] = raw.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head.toLowerCase()).toContain('content-type: application/problem+json');
      expect(problem.parse(JSON.parse(payload)).status).toBe(400);
    } finally {
      await running.server.close();
      running.server.closeAllConnections();
    }
  });

  it('refuses text/plain on the matter actions that take no input (415), like every admin route', async () => {
    const created = await kit.call('/api/admin/matters', {
      session: kit.admin,
      body: { site, clientName: 'Ann Lee', practiceArea: 'family' },
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { matter } = (await created.json()) as { matter: { id: string } };
    for (const action of ['access-code', 'close', 'messages/any/read']) {
      const res = await kit.call(`/api/admin/matters/${matter.id}/${action}`, {
        session: kit.admin,
        body: '{}',
        headers: { 'content-type': 'text/plain' },
      });
      expect(res.status, action).toBe(415);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('does not spend the per-address survey quota on requests refused for their origin or site', async () => {
    const token = 'A'.repeat(43);
    for (let i = 0; i < 40; i++) {
      expect((await send('/v1/survey/open', JSON.stringify({ site, token }), otherOrigin)).status).toBe(403);
      expect((await send('/v1/survey', JSON.stringify({ site: 'no-such-site', token, score: 5 }))).status).toBe(404);
    }
    // The visitor's own request is answered on its merits (an unknown token), not refused as over quota.
    expect((await send('/v1/survey/open', JSON.stringify({ site, token }))).status).toBe(404);
  });
});
