/**
 * Test kit for the admin API: a collector on real storage with the demo site, a controllable
 * clock, the first admin created through the setup link, and request helpers that carry a
 * session cookie and CSRF token like the SPA does.
 *
 * @example
 *   const kit = await createAdminKit('sqlite');
 *   const res = await kit.call('/api/admin/inbox', { session: kit.admin });
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type AppOptions, type CollectorApp, createApp } from '../app.ts';
import { issueSetupToken } from '../auth/first-admin.ts';
import { hashPassword } from '../auth/password.ts';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher.ts';
import type { AdminOptions } from '../http/admin-deps.ts';
import { seedDemoSite } from '../seed/demo-site.ts';
import type { Db } from '../storage/database.ts';
import { checkAnswers } from '../test-support/contract.ts';
import { intakeBody, post } from '../test-support/requests.ts';
import { relaxedLimits } from '../test-support/test-app.ts';
import { openTestStorage, type StorageKind, type TestStorage } from '../test-support/test-storage.ts';

export const cheapPasswords = { logN: 10, r: 8, p: 1 };
export const adminPassword = 'correct horse battery staple';

export type Session = { cookie: string; csrf: string; userId: string };
export type CallInit = {
  method?: string;
  session?: Session | undefined;
  body?: unknown;
  /** Send the session's CSRF token (default) or not. */
  csrf?: boolean;
  headers?: Record<string, string>;
};

export type AdminKit = TestStorage & {
  app: CollectorApp;
  db: Db;
  cipher: FieldCipher;
  clock: { now: number };
  admin: Session;
  firmId: string;
  call(path: string, init?: CallInit): Promise<Response>;
  signIn(email: string, password: string): Promise<Session>;
  /** Submits an intake through the public endpoint; returns its id. */
  submit(fields?: Record<string, unknown>, overrides?: Record<string, unknown>): Promise<string>;
  /** Another firm with its own site and a signed-in user. */
  otherFirm(role?: 'admin' | 'staff'): Promise<{ session: Session; siteId: string; firmId: string }>;
  /** A colleague in the first firm. */
  colleague(role: 'admin' | 'staff'): Promise<Session & { email: string }>;
};

const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';

export async function createAdminKit(
  kind: StorageKind,
  admin: Partial<AdminOptions> = {},
  appOptions: Partial<
    Pick<AppOptions, 'captcha' | 'cipher' | 'publicLimits' | 'logger' | 'logIp' | 'metrics' | 'metricsToken' | 'outbox'>
  > = {},
): Promise<AdminKit> {
  const test = await openTestStorage(kind);
  await seedDemoSite(test.storage, { port: 8787 });
  const cipher = appOptions.cipher ?? createFieldCipher(randomBytes(32));
  const clock = { now: Date.UTC(2025, 0, 13, 15) };
  // Every answer is parsed with the schema the dashboard (or widget) reads it with (issue 14).
  const app = checkAnswers(
    createApp({
      storage: test.storage,
      cipher,
      now: () => clock.now,
      siteCacheMs: 0,
      publicLimits: relaxedLimits,
      admin: { passwordCost: cheapPasswords, ...admin },
      ...appOptions,
    }),
  );
  const db = test.storage.db;

  const call = (path: string, init: CallInit = {}) => {
    const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
    const headers: Record<string, string> = { ...init.headers };
    if (init.session) headers.cookie = init.session.cookie;
    if (init.session && init.csrf !== false && method !== 'GET') headers['x-csrf-token'] = init.session.csrf;
    if (init.body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const body =
      init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    return Promise.resolve(app.request(path, { method, headers, ...(body === undefined ? {} : { body }) }));
  };
  const sessionFrom = async (res: Response): Promise<Session> => {
    if (res.status >= 300) throw new Error(`Expected a session, got ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { csrfToken: string; user: { id: string } };
    return { cookie: cookieOf(res), csrf: body.csrfToken, userId: body.user.id };
  };
  const signIn = async (email: string, password: string) =>
    sessionFrom(await call('/api/admin/session', { body: { email, password } }));

  const token = await issueSetupToken(db, clock.now);
  const adminSession = await sessionFrom(
    await call('/api/admin/setup', {
      body: {
        token,
        firmName: 'Harbor & Vale LLP',
        name: 'Hana Vale',
        email: 'hana@harborvale.example',
        password: adminPassword,
      },
    }),
  );
  const firm = await db
    .selectFrom('users')
    .select('firm_id')
    .where('id', '=', adminSession.userId)
    .executeTakeFirstOrThrow();

  const addUser = async (firmId: string, role: 'admin' | 'staff') => {
    const email = `${randomUUID()}@example.com`;
    await db
      .insertInto('users')
      .values({
        id: randomUUID(),
        firm_id: firmId,
        email,
        name: `${role} ${email.slice(0, 4)}`,
        role,
        password_hash: await hashPassword(adminPassword, cheapPasswords),
        created_at: clock.now,
      })
      .execute();
    return { ...(await signIn(email, adminPassword)), email };
  };

  return {
    ...test,
    app,
    db,
    cipher,
    clock,
    admin: adminSession,
    firmId: firm.firm_id,
    call,
    signIn,
    async submit(fields = {}, overrides = {}) {
      const base = intakeBody();
      const body = { ...base, ...overrides, fields: { ...base.fields, ...fields } };
      const res = await app.request('/v1/intake', post(body));
      if (res.status !== 201) throw new Error(`Intake refused: ${res.status} ${await res.text()}`);
      return body.id;
    },
    async otherFirm(role = 'admin') {
      const firmId = randomUUID();
      const siteId = `other-${firmId.slice(0, 8)}`;
      await db.insertInto('firms').values({ id: firmId, name: 'Other & Co', created_at: clock.now }).execute();
      const demo = await db.selectFrom('sites').selectAll().where('id', '=', 'harbor-vale').executeTakeFirstOrThrow();
      await db
        .insertInto('sites')
        .values({ ...demo, id: siteId, firm_id: firmId })
        .execute();
      await db
        .insertInto('disclaimers')
        .values({ site: siteId, version: 1, text: JSON.stringify({ en: 'Other disclaimer' }), created_at: clock.now })
        .execute();
      return { session: await addUser(firmId, role), siteId, firmId };
    },
    colleague: (role) => addUser(firm.firm_id, role),
  };
}
