/**
 * Issue 17, two-factor sign-in in a real Chromium against a real collector (its own clock: codes are
 * computed here with otpauth from the setup key the Security screen shows, as an authenticator app would):
 * - the admin sets it up from the Security screen (QR code, setup key, recovery codes shown once);
 * - signs in again with password + the app's code, and once more with a recovery code;
 * - requires it for the firm: a colleague who already had an account is sent to set it up at the next
 *   sign-in and reaches nothing else until done.
 * Every new screen is checked with axe. Screenshots (desktop and phone): test-results/two-factor-*.png.
 */
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import { firstAdmin, signIn, startDashboardCollector } from './support/dashboard.ts';

const results = join(repoRoot, 'test-results');
const desktop = { viewport: { width: 1280, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const colleague = { name: 'Noor Haddad', email: 'noor.haddad@harborvale.example', password: 'quiet river lantern 7' };

let browser: Browser;
let collector: RunningCollector;
/** Each member's setup key, as their app holds it. */
const keys = new Map<string, string>();
let recoveryCodes: string[] = [];

/**
 * The code the app shows `stepsAhead` 30-second steps from now. The collector takes one step early or
 * late, and each step once: a later sign-in by the same member uses the next step's code instead of
 * waiting for the clock.
 */
function appCode(email: string, stepsAhead = 0): string {
  const secret = Secret.fromBase32(keys.get(email) ?? '');
  return TOTP.generate({ secret, timestamp: Date.now() + stepsAhead * 30_000 });
}

/** Console errors, less the browser's note on the 401/403 answers these flows expect (wrong codes, no session yet). */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of 40[13]/.test(e));

async function expectAxeClean(page: Page, what: string) {
  expect(await axeViolations(page), what).toEqual([]);
}

/** Reads the setup key off the screen and turns it on with the app's code; answers the recovery codes. */
async function setUp(page: Page, email: string, shot: string): Promise<string[]> {
  await page.getByRole('img', { name: 'QR code to scan with an authenticator app' }).waitFor();
  const shown = (await page.locator('.secret-text code').textContent()) ?? '';
  keys.set(email, shown.replace(/\s/g, ''));
  expect(await page.locator('.enrolment-uri code').textContent()).toContain(`secret=${keys.get(email)}`);
  await expectAxeClean(page, `${shot}: set-up`);
  await page.screenshot({ path: join(results, `two-factor-${shot}-setup.png`), fullPage: true });
  await page.getByLabel('Code from the app').fill(appCode(email));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const list = page.getByRole('list', { name: 'Recovery codes' });
  await list.waitFor();
  const codes = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await expectAxeClean(page, `${shot}: recovery codes`);
  await page.screenshot({ path: join(results, `two-factor-${shot}-codes.png`), fullPage: true });
  await page.getByRole('button', { name: 'I have saved them' }).click();
  return codes;
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto(`${collector.url}/dashboard/`);
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
}

/** Admin API calls with the page's session, as the SPA makes them (cookie + CSRF token). */
async function adminCall(context: BrowserContext, method: 'POST' | 'PUT', path: string, data: unknown) {
  const session = await (await context.request.get(`${collector.url}/api/admin/session`)).json();
  const response = await context.request.fetch(`${collector.url}/api/admin/${path}`, {
    method,
    headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    data: JSON.stringify(data),
  });
  return { status: response.status(), body: await response.json() };
}

beforeAll(async () => {
  collector = await startDashboardCollector('two-factor');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await collector?.stop();
});

describe('two-factor sign-in', () => {
  it('sets it up from the Security screen, then signs in with the app’s code and with a recovery code', async () => {
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await signIn(page, collector.url);

    // A colleague with an account from before the firm required two-factor (used in the next test).
    const invited = await adminCall(context, 'POST', 'invitations', { email: colleague.email, role: 'staff' });
    expect(invited.status).toBe(201);
    const other = await browser.newContext(desktop);
    const joining = await other.newPage();
    await joining.goto(invited.body.link);
    await joining.getByRole('heading', { name: 'Join your firm on Retainer' }).waitFor();
    await joining.getByLabel('Your name').fill(colleague.name);
    await joining.getByLabel(/^Password/).fill(colleague.password);
    await joining.getByLabel('Repeat the password').fill(colleague.password);
    await joining.getByRole('button', { name: 'Accept invitation' }).click();
    await joining.getByRole('heading', { name: 'Intake inbox', level: 1 }).waitFor();
    await other.close();

    await page.getByRole('link', { name: 'Security' }).click();
    await page.getByRole('heading', { name: 'Two-factor sign-in is off' }).waitFor();
    await expectAxeClean(page, 'security: off');
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    recoveryCodes = await setUp(page, firstAdmin.email, 'admin');
    await page.getByRole('heading', { name: 'Two-factor sign-in is on' }).waitFor();
    await page.getByText('10 recovery codes left.').waitFor();
    await expectAxeClean(page, 'security: on');
    await page.screenshot({ path: join(results, 'two-factor-security-on.png'), fullPage: true });

    // Password, then the app's code (the next step's: this step's code set it up and is spent).
    await signOut(page);
    await passwordStep(page, firstAdmin.email, firstAdmin.password);
    await page.getByRole('heading', { name: 'Two-factor sign-in', level: 1 }).waitFor();
    const code = page.getByLabel('Code from the app');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    await expectAxeClean(page, 'second factor');
    await page.screenshot({ path: join(results, 'two-factor-second-factor.png') });
    await code.fill('000000' === appCode(firstAdmin.email, 1) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(/That code did not work/).waitFor();
    await code.fill(appCode(firstAdmin.email, 1));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Client journey', level: 1 }).waitFor();

    // Password, then a recovery code; the same code does not work twice.
    await signOut(page);
    await passwordStep(page, firstAdmin.email, firstAdmin.password);
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0] ?? '');
    await expectAxeClean(page, 'second factor: recovery code');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Client journey', level: 1 }).waitFor();
    await signOut(page);
    await passwordStep(page, firstAdmin.email, firstAdmin.password);
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(/That code did not work/).waitFor();
    await page.getByLabel('Recovery code').fill(recoveryCodes[1] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Client journey', level: 1 }).waitFor();
    expect(unexpected(trouble.errors)).toEqual([]);
    await context.close();
  });

  it('on a phone too: the second step fits the screen', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await passwordStep(page, firstAdmin.email, firstAdmin.password);
    await page.getByRole('heading', { name: 'Two-factor sign-in', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAxeClean(page, 'second factor on a phone');
    await page.screenshot({ path: join(results, 'two-factor-second-factor-phone.png') });
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[2] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Client journey', level: 1 }).waitFor();
    await context.close();
  });

  it('requires it for the firm: a colleague without it sets it up at the next sign-in before anything else', async () => {
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    await passwordStep(page, firstAdmin.email, firstAdmin.password);
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[3] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Client journey', level: 1 }).waitFor();
    await page.goto(`${collector.url}/dashboard/settings/security`);
    await page.getByLabel('Require two-factor sign-in for every member').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('cannot be turned off', { exact: false }).waitFor();
    await expectAxeClean(page, 'security: firm requires');
    await context.close();

    const phoneContext = await browser.newContext(phone);
    const staff = await phoneContext.newPage();
    const trouble = await watchPage(staff);
    await passwordStep(staff, colleague.email, colleague.password);
    await staff.getByRole('heading', { name: 'Set up two-factor sign-in', level: 1 }).waitFor();
    await staff.getByText('Harbor & Vale LLP requires two-factor sign-in', { exact: false }).waitFor();
    expect(await staff.getByRole('navigation').count()).toBe(0);
    // The address of another screen still shows only the set-up, and the API refuses the session too.
    await staff.goto(`${collector.url}/dashboard/inbox`);
    await staff.getByRole('heading', { name: 'Set up two-factor sign-in', level: 1 }).waitFor();
    expect((await phoneContext.request.get(`${collector.url}/api/admin/inbox`)).status()).toBe(403);
    expect(await staff.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await setUp(staff, colleague.email, 'required-phone');
    await staff.getByRole('heading', { name: 'Intake inbox', level: 1 }).waitFor();
    expect((await phoneContext.request.get(`${collector.url}/api/admin/inbox`)).status()).toBe(200);
    // The colleague's Security screen on the phone: on, required by the firm, so no "turn off".
    await staff.goto(`${collector.url}/dashboard/settings/security`);
    await staff.getByRole('heading', { name: 'Two-factor sign-in is on' }).waitFor();
    await staff.getByText('cannot be turned off', { exact: false }).waitFor();
    expect(await staff.getByRole('button', { name: 'Turn off two-factor sign-in' }).count()).toBe(0);
    expect(await staff.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAxeClean(staff, 'security on a phone');
    await staff.screenshot({ path: join(results, 'two-factor-security-phone.png'), fullPage: true });
    expect(unexpected(trouble.errors)).toEqual([]);
    await phoneContext.close();
  });
});
