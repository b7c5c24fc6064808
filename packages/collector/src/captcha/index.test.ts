/**
 * Issue 9: the intake's human check against a fake siteverify server over real HTTP (node:http on port 0),
 * on SQLite and PostgreSQL. A refusal stores nothing; the secret never leaves the collector.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { problemTypes } from '@retainer/schema';
import type { CaptchaSettings } from '@retainer/schema/admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { intakeBody, post } from '../test-support/requests.ts';
import { tableCounts } from '../test-support/table-counts.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const secret = 'turnstile-secret-0x4AAAAAAAsecret';
const captchaPath = '/api/admin/sites/harbor-vale/captcha';

type Verdict = { status?: number; body?: unknown; hang?: true };

/** A stand-in for the provider: records every form it gets and answers what the test says. */
async function startFakeSiteverify() {
  const forms: URLSearchParams[] = [];
  let answer: (form: URLSearchParams) => Verdict = () => ({
    body: { success: true, hostname: 'localhost', action: 'intake' },
  });
  const hanging: ServerResponse[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const form = new URLSearchParams(text);
    forms.push(form);
    const verdict = answer(form);
    if (verdict.hang) {
      hanging.push(res);
      return;
    }
    res.writeHead(verdict.status ?? 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(verdict.body));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/siteverify`;
  return {
    url,
    forms,
    answer(next: (form: URLSearchParams) => Verdict) {
      answer = next;
    },
    close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}

describe.each(storageKinds)('intake human check on %s', (kind) => {
  let kit: AdminKit;
  let provider: Awaited<ReturnType<typeof startFakeSiteverify>>;
  let downKit: AdminKit;

  const configure = (body: unknown, session = kit.admin, on = kit) =>
    on.call(captchaPath, { method: 'PUT', session, body });
  const submit = (overrides: Record<string, unknown> = {}, on = kit) =>
    on.app.request('/v1/intake', post(intakeBody(overrides)));
  const problemOf = async (res: Response) => (await res.json()) as { type: string; errors?: { code: string }[] };

  beforeAll(async () => {
    provider = await startFakeSiteverify();
    kit = await createAdminKit(kind, {}, { captcha: { verifyUrl: provider.url, timeoutMs: 500 } });
    // A provider nobody listens on: the server above, closed, leaves its port unused.
    const gone = await startFakeSiteverify();
    gone.close();
    downKit = await createAdminKit(kind, {}, { captcha: { verifyUrl: gone.url, timeoutMs: 500 } });
  });
  afterAll(async () => {
    provider.close();
    await kit.cleanup();
    await downKit.cleanup();
  });
  beforeEach(async () => {
    provider.forms.length = 0;
    provider.answer(() => ({ body: { success: true, hostname: 'localhost', action: 'intake' } }));
    const res = await configure({ provider: 'turnstile', siteKey: '0x4AAAAAAAsitekey', secret });
    expect(res.status).toBe(200);
  });

  it('is set by an admin only, with CSRF; the secret is stored encrypted and never answered', async () => {
    const staff = await kit.colleague('staff');
    expect((await configure({ provider: 'none' }, staff)).status).toBe(403);
    const noCsrf = await kit.call(captchaPath, {
      method: 'PUT',
      session: kit.admin,
      csrf: false,
      body: { provider: 'none' },
    });
    expect(noCsrf.status).toBe(403);
    expect((await problemOf(noCsrf)).type).toBe(problemTypes.csrf);
    const other = await kit.otherFirm('admin');
    expect((await configure({ provider: 'none' }, other.session)).status).toBe(404);

    const read = (await (await kit.call(captchaPath, { session: kit.admin })).json()) as CaptchaSettings;
    expect(read).toEqual({ provider: 'turnstile', siteKey: '0x4AAAAAAAsitekey', secretSet: true });
    const config = await (await kit.app.request('/v1/sites/harbor-vale/config')).json();
    expect(config.intake.captcha).toEqual({ provider: 'turnstile', siteKey: '0x4AAAAAAAsitekey' });
    const row = await kit.db.selectFrom('site_captcha').selectAll().executeTakeFirstOrThrow();
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(secret);

    // Every answer that describes the site, including the admin site editor's, after a full edit of the site.
    const site = await (await kit.call('/api/admin/sites/harbor-vale', { session: kit.admin })).json();
    const { id: _, disclaimerVersion: _v, createdAt: _c, updatedAt: _u, ...input } = site;
    expect(
      (await kit.call('/api/admin/sites/harbor-vale', { method: 'PUT', session: kit.admin, body: input })).status,
    ).toBe(200);
    const answers = await Promise.all(
      ['/api/admin/sites', '/api/admin/sites/harbor-vale', captchaPath].map((path) =>
        kit.call(path, { session: kit.admin }).then((res) => res.text()),
      ),
    );
    answers.push(await (await kit.app.request('/v1/sites/harbor-vale/config')).text());
    for (const text of answers) expect(text).not.toContain(secret);
    // The site edit kept the check.
    expect(answers[3]).toContain('0x4AAAAAAAsitekey');
  });

  it('refuses a provider without a site key, or a new provider without its secret', async () => {
    const noKey = await configure({ provider: 'turnstile', siteKey: '', secret });
    expect(noKey.status).toBe(422);
    const noSecret = await configure({ provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' });
    expect(noSecret.status).toBe(422);
    expect((await problemOf(noSecret)).errors).toEqual([{ path: 'secret', code: 'required' }]);
    // The same provider keeps its stored secret when none is sent.
    expect((await configure({ provider: 'turnstile', siteKey: '0x4AAAAAAAother' })).status).toBe(200);
  });

  it('accepts a valid token once: 201, the secret and token posted to siteverify', async () => {
    const res = await submit({ captcha: 'token-valid-1' });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(provider.forms).toHaveLength(1);
    expect(provider.forms[0]?.get('secret')).toBe(secret);
    expect(provider.forms[0]?.get('response')).toBe('token-valid-1');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers a retry of a stored intake from storage, without a new check, whatever token it carries', async () => {
    const body = intakeBody({ captcha: 'token-retry-1' });
    const first = await kit.app.request('/v1/intake', post(body));
    expect(first.status).toBe(201);
    const receipt = await first.json();
    const again = await kit.app.request('/v1/intake', post(body));
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(receipt);
    const fresh = await kit.app.request('/v1/intake', post({ ...body, captcha: 'token-retry-2' }));
    expect(fresh.status).toBe(201);
    expect(await fresh.json()).toEqual(receipt);
    const none = await kit.app.request('/v1/intake', post({ ...body, captcha: undefined }));
    expect(none.status).toBe(201);
    expect(provider.forms).toHaveLength(1);
  });

  it.each([
    ['a missing token', undefined, undefined, 'missing'],
    ['success: false', 'token-bad', { success: false, 'error-codes': ['invalid-input-response'] }, 'invalid'],
    ['an expired token', 'token-old', { success: false, 'error-codes': ['timeout-or-duplicate'] }, 'expired'],
    ['another hostname', 'token-host', { success: true, hostname: 'evil.example', action: 'intake' }, 'hostname'],
    ['no hostname', 'token-nohost', { success: true, action: 'intake' }, 'hostname'],
    ['another action', 'token-action', { success: true, hostname: 'localhost', action: 'login' }, 'action'],
  ])('refuses %s with a 403 captcha-failed and stores nothing', async (_, token, verdict, code) => {
    if (verdict) provider.answer(() => ({ body: verdict }));
    const before = await tableCounts(kit.db);
    const res = await submit(token ? { captcha: token } : {});
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await problemOf(res)).toMatchObject({
      type: problemTypes.captchaFailed,
      errors: [{ path: 'captcha', code }],
    });
    expect(await tableCounts(kit.db)).toEqual(before);
    expect(provider.forms).toHaveLength(token ? 1 : 0);
  });

  it('refuses a token used once already, though the provider says yes again', async () => {
    expect((await submit({ captcha: 'token-twice' })).status).toBe(201);
    const before = await tableCounts(kit.db);
    const res = await submit({ captcha: 'token-twice' });
    expect(res.status).toBe(403);
    expect(await problemOf(res)).toMatchObject({ errors: [{ path: 'captcha', code: 'replayed' }] });
    expect(await tableCounts(kit.db)).toEqual(before);
    // Refused before asking the provider again.
    expect(provider.forms).toHaveLength(1);
  });

  it('forgets accepted tokens once they are long expired', async () => {
    expect((await submit({ captcha: 'token-prune' })).status).toBe(201);
    const stored = () => kit.db.selectFrom('captcha_tokens').selectAll().execute();
    expect((await stored()).length).toBeGreaterThan(0);
    kit.clock.now += 60 * 60_000;
    expect((await submit({ captcha: 'token-after-an-hour' })).status).toBe(201);
    expect((await stored()).map((row) => row.expires_at)).toEqual([kit.clock.now + 15 * 60_000]);
  });

  it.each([
    ['answers 500', { status: 500, body: { error: 'down' } }],
    ['answers no JSON object', { body: 'yes' }],
    ['does not answer in time', { hang: true as const }],
  ])('answers 503 with Retry-After when the provider %s, storing nothing', async (_, verdict) => {
    provider.answer(() => verdict);
    const before = await tableCounts(kit.db);
    const res = await submit({ captcha: `token-${Math.random()}` });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('10');
    expect((await problemOf(res)).type).toBe(problemTypes.captchaUnavailable);
    expect(await tableCounts(kit.db)).toEqual(before);
  });

  it('answers 503 with Retry-After when the provider cannot be reached, storing nothing', async () => {
    expect(
      (await configure({ provider: 'turnstile', siteKey: '0x4AAAAAAAsitekey', secret }, downKit.admin, downKit)).status,
    ).toBe(200);
    const before = await tableCounts(downKit.db);
    const res = await submit({ captcha: 'token-unreachable' }, downKit);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('10');
    expect(await tableCounts(downKit.db)).toEqual(before);
  });

  it('hCaptcha: sends the site key, checks the hostname, has no action to check', async () => {
    const siteKey = '10000000-ffff-ffff-ffff-000000000001';
    expect((await configure({ provider: 'hcaptcha', siteKey, secret: 'hcaptcha-secret-0x0000' })).status).toBe(200);
    provider.answer(() => ({ body: { success: true, hostname: 'localhost' } }));
    expect((await submit({ captcha: 'hc-token-1' })).status).toBe(201);
    expect(provider.forms[0]?.get('sitekey')).toBe(siteKey);
    expect(provider.forms[0]?.get('secret')).toBe('hcaptcha-secret-0x0000');
    provider.answer(() => ({ body: { success: true, hostname: 'evil.example' } }));
    expect((await submit({ captcha: 'hc-token-2' })).status).toBe(403);
  });

  it('leaves sites without a check alone: no token needed, a token sent anyway is ignored', async () => {
    expect((await configure({ provider: 'none' })).status).toBe(200);
    const read = (await (await kit.call(captchaPath, { session: kit.admin })).json()) as CaptchaSettings;
    expect(read).toEqual({ provider: 'none', siteKey: '', secretSet: false });
    expect(await kit.db.selectFrom('site_captcha').selectAll().execute()).toEqual([]);
    const config = await (await kit.app.request('/v1/sites/harbor-vale/config')).json();
    expect(config.intake.captcha).toBeUndefined();
    expect((await submit()).status).toBe(201);
    expect((await submit({ captcha: 'whatever' })).status).toBe(201);
    expect(provider.forms).toHaveLength(0);
  });
});
