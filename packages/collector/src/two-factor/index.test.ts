import { problemTypes } from '@retainer/schema';
import type { AdminSession, RecoveryCodes, Team, TwoFactorEnrolment, TwoFactorStatus } from '@retainer/schema/admin';
import fc from 'fast-check';
import { Secret, TOTP, URI } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, adminPassword, createAdminKit, type Session } from '../admin-api/test-kit.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const hana = { email: 'hana@harborvale.example', password: adminPassword };

describe.each(storageKinds)('two-factor sign-in on %s', (kind) => {
  let kit: AdminKit;
  /** Hana's secret, as her authenticator app holds it. */
  let secret = '';
  let recovery: string[] = [];
  /** The code Hana's app shows now, computed here as an app would. */
  const appCode = () => TOTP.generate({ secret: secretOf(secret), timestamp: kit.clock.now });
  const nextStep = () => {
    kit.clock.now += 30_000;
  };
  const type = async (res: Response) => ((await res.clone().json()) as { type: string }).type;
  const signInPassword = async (email: string, password = adminPassword) => {
    const res = await kit.call('/api/admin/session', { body: { email, password } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AdminSession;
    const session: Session = {
      cookie: res.headers.get('set-cookie')!.split(';')[0]!,
      csrf: body.csrfToken,
      userId: body.user.id,
    };
    return { session, pending: body.pending };
  };
  const secondFactor = (session: Session, body: unknown) =>
    kit.call('/api/admin/session/second-factor', { session, body });
  const asSession = async (res: Response): Promise<Session> => {
    const body = (await res.json()) as AdminSession;
    return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: body.csrfToken, userId: body.user.id };
  };
  const status = async (session: Session) =>
    (await (await kit.call('/api/admin/me/two-factor', { session })).json()) as TwoFactorStatus;
  const enrol = async (session: Session) => {
    const started = await kit.call('/api/admin/me/two-factor/enrolment', { session, body: {} });
    expect(started.status).toBe(201);
    const enrolment = (await started.json()) as TwoFactorEnrolment;
    const confirmed = await kit.call('/api/admin/me/two-factor/enrolment/confirm', {
      session,
      body: { code: TOTP.generate({ secret: secretOf(enrolment.secret), timestamp: kit.clock.now }) },
    });
    expect(confirmed.status).toBe(200);
    return { enrolment, codes: ((await confirmed.json()) as RecoveryCodes).recoveryCodes };
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());

  it('enrols: a secret with its otpauth URI, confirmed with a code, then ten recovery codes shown once', async () => {
    expect(await status(kit.admin)).toEqual({
      enabled: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
      firmRequires: false,
    });
    // The firm cannot require what its admin does not use yet.
    const early = await kit.call('/api/admin/firm/two-factor', {
      method: 'PUT',
      session: kit.admin,
      body: { required: true },
    });
    expect(early.status).toBe(409);

    const started = await kit.call('/api/admin/me/two-factor/enrolment', { session: kit.admin, body: {} });
    expect(started.status).toBe(201);
    const enrolment = (await started.json()) as TwoFactorEnrolment;
    secret = enrolment.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const parsed = URI.parse(enrolment.uri) as TOTP;
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed).toMatchObject({ algorithm: 'SHA1', digits: 6, period: 30, label: hana.email });
    expect(parsed.issuer).toBe('Harbor & Vale LLP (Retainer)');
    expect(parsed.secret.base32).toBe(secret);

    // Stored sealed, never in clear.
    const row = await kit.db
      .selectFrom('two_factor' as never)
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect((row as { pending_secret: string }).pending_secret).toMatch(/^v1\./);

    // Not on until confirmed: a password alone still signs in.
    expect((await signInPassword(hana.email)).pending).toBeUndefined();
    const wrong = await kit.call('/api/admin/me/two-factor/enrolment/confirm', {
      session: kit.admin,
      body: { code: String((Number(appCode()) + 1) % 1_000_000).padStart(6, '0') },
    });
    expect(wrong.status).toBe(422);
    expect(await type(wrong)).toBe(problemTypes.invalidCode);
    const confirmed = await kit.call('/api/admin/me/two-factor/enrolment/confirm', {
      session: kit.admin,
      body: { code: appCode() },
    });
    expect(confirmed.status).toBe(200);
    const body = (await confirmed.json()) as RecoveryCodes;
    recovery = body.recoveryCodes;
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    for (const code of recovery) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(body.status).toMatchObject({ enabled: true, enabledAt: kit.clock.now, recoveryCodesLeft: 10 });
    const hashes = await kit.db
      .selectFrom('recovery_codes' as never)
      .selectAll()
      .execute();
    expect(hashes).toHaveLength(10);
    for (const code of recovery) expect(JSON.stringify(hashes)).not.toContain(code.replace(/-/g, ''));
    const team = (await (await kit.call('/api/admin/team', { session: kit.admin })).json()) as Team;
    expect(team.users.find((u) => u.id === kit.admin.userId)?.twoFactor).toBe(true);
  });

  it('signs in with the password, then a code; the pending session reaches nothing else', async () => {
    nextStep();
    const { session: pending, pending: step } = await signInPassword(hana.email);
    expect(step).toBe('second-factor');
    const inbox = await kit.call('/api/admin/inbox', { session: pending });
    expect(inbox.status).toBe(403);
    expect(await type(inbox)).toBe(problemTypes.secondFactorRequired);
    for (const path of ['/api/admin/me/two-factor', '/api/admin/team', '/api/admin/live']) {
      expect((await kit.call(path, { session: pending })).status, path).toBe(403);
    }
    expect((await kit.call('/api/admin/me/two-factor/enrolment', { session: pending, body: {} })).status).toBe(403);
    const current = (await (await kit.call('/api/admin/session', { session: pending })).json()) as AdminSession;
    expect(current.pending).toBe('second-factor');

    const wrong = await secondFactor(pending, { code: '000000' === appCode() ? '111111' : '000000' });
    expect(wrong.status).toBe(401);
    expect(await type(wrong)).toBe(problemTypes.invalidCode);
    const done = await secondFactor(pending, { code: appCode().replace(/^(\d{3})/, '$1 ') });
    expect(done.status).toBe(200);
    expect(((await done.clone().json()) as AdminSession).pending).toBeUndefined();
    const full = await asSession(done);
    expect(full.cookie).not.toBe(pending.cookie);
    // The pending session ended; the new one reaches everything.
    expect((await kit.call('/api/admin/session', { session: pending })).status).toBe(401);
    expect((await kit.call('/api/admin/inbox', { session: full })).status).toBe(200);
    // Giving the second factor again on a complete session is not a thing.
    expect((await secondFactor(full, { code: appCode() })).status).toBe(409);
  });

  it('refuses a code used already in its window, and accepts the next one', async () => {
    nextStep();
    const first = (await signInPassword(hana.email)).session;
    const code = appCode();
    expect((await secondFactor(first, { code })).status).toBe(200);
    const second = (await signInPassword(hana.email)).session;
    const replay = await secondFactor(second, { code });
    expect(replay.status).toBe(401);
    expect(await type(replay)).toBe(problemTypes.invalidCode);
    // A code of the step before (still inside the ±1 window) is a replay too.
    kit.clock.now += 30_000;
    expect((await secondFactor(second, { code })).status).toBe(401);
    expect((await secondFactor(second, { code: appCode() })).status).toBe(200);
  });

  it('accepts a recovery code once, however it is typed', async () => {
    nextStep();
    const [first] = recovery as [string];
    const pending = (await signInPassword(hana.email)).session;
    const used = await secondFactor(pending, { recoveryCode: ` ${first.toUpperCase().replace(/-/g, ' ')} ` });
    expect(used.status).toBe(200);
    const full = await asSession(used);
    expect((await status(full)).recoveryCodesLeft).toBe(9);
    const again = (await signInPassword(hana.email)).session;
    const reused = await secondFactor(again, { recoveryCode: first });
    expect(reused.status).toBe(401);
    expect(await type(reused)).toBe(problemTypes.invalidCode);
    expect((await secondFactor(again, { recoveryCode: recovery[1] })).status).toBe(200);
  });

  it('refuses malformed second factors with a 422 or 415 and counts nothing', async () => {
    const pending = (await signInPassword(hana.email)).session;
    for (const body of [
      { code: '12345' },
      { code: 'abcdef' },
      { recoveryCode: 'short' },
      { code: '123456', recoveryCode: 'x' },
      {},
      { code: 123456 },
      { code: '1'.repeat(5000) },
    ]) {
      const res = await secondFactor(pending, body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(422);
      expect(await type(res)).toBe(problemTypes.validation);
    }
    const text = await kit.call('/api/admin/session/second-factor', {
      session: pending,
      body: JSON.stringify({ code: '123456' }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    nextStep();
    expect((await secondFactor(pending, { code: appCode() })).status).toBe(200);
  });

  it('limits guesses at the second factor like wrong passwords, per account, and a password does not reset it', async () => {
    kit.clock.now += 3_600_000;
    const pending = (await signInPassword(hana.email)).session;
    const right = appCode();
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await secondFactor(pending, { code: wrong })).status).toBe(401);
    const blocked = await secondFactor(pending, { code: right });
    expect(blocked.status).toBe(429);
    expect(await type(blocked)).toBe(problemTypes.rateLimited);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Signing in again with the right password does not forgive the guesses.
    const password = await kit.call('/api/admin/session', { body: hana });
    expect(password.status).toBe(429);
    kit.clock.now += retryAfter * 1000;
    const fresh = (await signInPassword(hana.email)).session;
    expect((await secondFactor(fresh, { code: appCode() })).status).toBe(200);
  });

  it('ends a pending session that waits too long', async () => {
    nextStep();
    const pending = (await signInPassword(hana.email)).session;
    kit.clock.now += 11 * 60_000;
    expect((await secondFactor(pending, { code: appCode() })).status).toBe(401);
  });

  it('lets an admin require it: a member without it must set it up at the next sign-in, and nothing else', async () => {
    kit.clock.now += 3_600_000;
    const staff = await kit.colleague('staff');
    const required = await kit.call('/api/admin/firm/two-factor', {
      method: 'PUT',
      session: kit.admin,
      body: { required: true },
    });
    expect(required.status).toBe(200);
    expect(((await required.json()) as TwoFactorStatus).firmRequires).toBe(true);
    expect(
      (await kit.call('/api/admin/firm/two-factor', { method: 'PUT', session: staff, body: { required: false } }))
        .status,
    ).toBe(403);

    const { session, pending } = await signInPassword(staff.email);
    expect(pending).toBe('two-factor-setup');
    const inbox = await kit.call('/api/admin/inbox', { session });
    expect(inbox.status).toBe(403);
    expect(await type(inbox)).toBe(problemTypes.twoFactorSetupRequired);
    expect(await status(session)).toMatchObject({ enabled: false, firmRequires: true });
    const { enrolment } = await enrol(session);
    // The same session is complete now.
    const current = (await (await kit.call('/api/admin/session', { session })).json()) as AdminSession;
    expect(current.pending).toBeUndefined();
    expect((await kit.call('/api/admin/inbox', { session })).status).toBe(200);
    // The next sign-in asks for the code.
    nextStep();
    const next = await signInPassword(staff.email);
    expect(next.pending).toBe('second-factor');
    const code = TOTP.generate({ secret: secretOf(enrolment.secret), timestamp: kit.clock.now });
    expect((await secondFactor(next.session, { code })).status).toBe(200);
    // Turning it off is refused while the firm requires it.
    const off = await kit.call('/api/admin/me/two-factor/disable', { session, body: { password: adminPassword } });
    expect(off.status).toBe(409);
  });

  it('sends invited colleagues to set it up too when the firm requires it', async () => {
    const invited = await kit.call('/api/admin/invitations', {
      session: kit.admin,
      body: { email: 'nora@example.com', role: 'staff' },
    });
    const token = /#token=([\w-]+)$/.exec(((await invited.json()) as { link: string }).link)![1];
    const accepted = await kit.call('/api/admin/invitations/accept', {
      body: { token, name: 'Nora Lind', password: 'a long staff passphrase' },
    });
    expect(accepted.status).toBe(201);
    expect(((await accepted.json()) as AdminSession).pending).toBe('two-factor-setup');
  });

  it('turns off with the password or a current code, not with a wrong one; new recovery codes replace the old', async () => {
    await kit.call('/api/admin/firm/two-factor', { method: 'PUT', session: kit.admin, body: { required: false } });
    kit.clock.now += 3_600_000;
    const staff = await kit.colleague('staff');
    const { codes } = await enrol(staff);
    nextStep();
    const renewed = await kit.call('/api/admin/me/two-factor/recovery-codes', {
      session: staff,
      body: { password: 'not the password' },
    });
    expect(renewed.status).toBe(422);
    const fresh = await kit.call('/api/admin/me/two-factor/recovery-codes', {
      session: staff,
      body: { password: adminPassword },
    });
    expect(fresh.status).toBe(200);
    const newCodes = ((await fresh.json()) as RecoveryCodes).recoveryCodes;
    expect(newCodes).toHaveLength(10);
    const pending = (await signInPassword(staff.email)).session;
    expect((await secondFactor(pending, { recoveryCode: codes[0] })).status).toBe(401);
    const full = await asSession(await secondFactor(pending, { recoveryCode: newCodes[0] }));

    const wrong = await kit.call('/api/admin/me/two-factor/disable', { session: full, body: { code: '000000' } });
    expect(wrong.status).toBe(422);
    expect(await type(wrong)).toBe(problemTypes.invalidCode);
    expect((await status(full)).enabled).toBe(true);
    const off = await kit.call('/api/admin/me/two-factor/disable', {
      session: full,
      body: { password: adminPassword },
    });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect((await signInPassword(staff.email)).pending).toBeUndefined();
    expect(
      (await kit.call('/api/admin/me/two-factor/disable', { session: full, body: { password: adminPassword } })).status,
    ).toBe(409);
  });

  it('lets an admin reset a member who lost the app and the codes: their sessions end', async () => {
    kit.clock.now += 3_600_000;
    const staff = await kit.colleague('staff');
    await enrol(staff);
    const other = await kit.otherFirm('admin');
    expect(
      (await kit.call(`/api/admin/team/${staff.userId}/two-factor`, { method: 'DELETE', session: other.session }))
        .status,
    ).toBe(404);
    expect(
      (await kit.call(`/api/admin/team/${staff.userId}/two-factor`, { method: 'DELETE', session: staff })).status,
    ).toBe(403);
    const reset = await kit.call(`/api/admin/team/${staff.userId}/two-factor`, {
      method: 'DELETE',
      session: kit.admin,
    });
    expect(reset.status).toBe(200);
    expect(((await reset.json()) as Team).users.find((u) => u.id === staff.userId)?.twoFactor).toBe(false);
    expect((await kit.call('/api/admin/session', { session: staff })).status).toBe(401);
    expect((await signInPassword(staff.email)).pending).toBeUndefined();
  });

  it('moves to a new app only after asking again; the old app’s codes stop working', async () => {
    kit.clock.now += 3_600_000;
    const staff = await kit.colleague('staff');
    const { enrolment: old } = await enrol(staff);
    const start = (body: unknown) => kit.call('/api/admin/me/two-factor/enrolment', { session: staff, body });
    const bare = await start({});
    expect(bare.status).toBe(422);
    expect(await type(bare)).toBe(problemTypes.validation);
    expect((await start({ password: 'not the password' })).status).toBe(422);
    const moved = await start({ password: adminPassword });
    expect(moved.status).toBe(201);
    const next = (await moved.json()) as TwoFactorEnrolment;
    expect(next.secret).not.toBe(old.secret);
    // Until confirmed, the old app still signs in.
    nextStep();
    const before = (await signInPassword(staff.email)).session;
    const oldCode = () => TOTP.generate({ secret: secretOf(old.secret), timestamp: kit.clock.now });
    expect((await secondFactor(before, { code: oldCode() })).status).toBe(200);
    const confirmed = await kit.call('/api/admin/me/two-factor/enrolment/confirm', {
      session: staff,
      body: { code: TOTP.generate({ secret: secretOf(next.secret), timestamp: kit.clock.now }) },
    });
    expect(confirmed.status).toBe(200);
    nextStep();
    const after = (await signInPassword(staff.email)).session;
    expect((await secondFactor(after, { code: oldCode() })).status).toBe(401);
    const newCode = TOTP.generate({ secret: secretOf(next.secret), timestamp: kit.clock.now });
    expect((await secondFactor(after, { code: newCode })).status).toBe(200);
  });
});

const secretOf = (base32: string) => Secret.fromBase32(base32);

describe.each(storageKinds)('two-factor routes under arbitrary input on %s', (kind) => {
  let kit: AdminKit;
  beforeAll(async () => {
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());

  it('answer a 4xx problem for any body, never a 5xx, and change nothing when they refuse', async () => {
    const codeLike = fc.oneof(fc.stringMatching(/^\d{6}$/), fc.string({ maxLength: 30 }), fc.integer());
    const bodies = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.record({ code: codeLike }),
      fc.record({ recoveryCode: codeLike }),
      fc.record({ password: fc.string({ maxLength: 30 }) }),
      fc.record({ code: codeLike, password: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }),
      fc.record({ required: fc.oneof(fc.boolean(), fc.string({ maxLength: 3 })) }),
    );
    const routes = [
      ['POST', '/api/admin/session/second-factor'],
      ['POST', '/api/admin/me/two-factor/enrolment/confirm'],
      ['POST', '/api/admin/me/two-factor/disable'],
      ['POST', '/api/admin/me/two-factor/recovery-codes'],
      ['PUT', '/api/admin/firm/two-factor'],
    ] as const;
    const state = async () =>
      JSON.stringify([
        await kit.db
          .selectFrom('two_factor' as never)
          .selectAll()
          .execute(),
        await kit.db
          .selectFrom('recovery_codes' as never)
          .selectAll()
          .execute(),
        await kit.db.selectFrom('firms').selectAll().execute(),
      ]);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), bodies, async ([method, path], body) => {
        // Far apart in time: the sign-in limits (which wrong codes feed) never carry from one run to the next.
        kit.clock.now += 3_600_000;
        const before = await state();
        const res = await kit.call(path, { method, session: kit.admin, body: JSON.stringify(body) });
        expect(res.status, `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.headers.get('content-type')).toBe('application/problem+json');
          expect(await state()).toEqual(before);
        }
      }),
      { numRuns: 80 },
    );
  });
});
