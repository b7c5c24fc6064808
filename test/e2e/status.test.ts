/**
 * The demo "Case status" page and the dashboard's Matters, as a client and staff use them: look a
 * seeded demo matter up, read the timeline, follow the Pay link (the firm's page, in a new tab),
 * send a message and see it in the dashboard, staff post an update and the client sees it after a
 * new lookup (a reload forgets the code). axe-core clean; a phone without sideways scroll.
 * Screenshots: test-results/status-*.png.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import { firstAdmin, startDashboardCollector } from './support/dashboard.ts';

/** Seeded with fixed codes for the demo (packages/collector/src/status/seed-matters.ts). */
const invoiceMatter = { reference: 'HV-IMM4-2026', code: 'R2VN-8HJK-3BZE', client: 'Wei Zhang' };
const shot = (name: string) => join(repoRoot, 'test-results', `status-${name}.png`);

let browser: Browser;
let collector: RunningCollector;
beforeAll(async () => {
  collector = await startDashboardCollector('status');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
  await collector?.removeData();
});

function tracker(page: Page) {
  const host = page.locator('retainer-status');
  return {
    host,
    async lookUp(reference: string, code: string) {
      await host.getByLabel('Matter reference').fill(reference);
      await host.getByLabel('Access code').fill(code);
      await host.getByRole('button', { name: 'Show my matter' }).click();
      await host.getByRole('heading', { name: `Matter ${reference}` }).waitFor();
    },
  };
}

const storedEvents = (type: string) => {
  const db = new Database(collector.dbFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select count(*) as n from events where type = ?').get(type) as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('the demo "Case status" page', () => {
  it('shows a client their matter, takes them to pay, carries a message to staff and back an update', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The demo's payment page is fictional: answer it here, as the firm's own payment page would.
    await context.route('https://pay.harborvale.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Pay INV-1042</title><h1>Pay</h1>' }),
    );
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await page.goto(`${collector.url}/demo/case-status.html`);
    const status = tracker(page);
    await status.host.getByLabel('Access code').waitFor({ timeout: 30_000 });
    await status.host.getByLabel('Matter reference').click();
    const formHeight = await status.host.evaluate((el) => el.getBoundingClientRect().height);
    console.log(`status form height on desktop: ${formHeight}px`);
    expect(formHeight).toBeLessThanOrEqual(370);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: shot('form-desktop'), fullPage: true });

    // A wrong code: said plainly, nothing shown.
    await status.host.getByLabel('Matter reference').fill(invoiceMatter.reference);
    await status.host.getByLabel('Access code').fill('AAAA-BBBB-CCCC');
    await status.host.getByRole('button', { name: 'Show my matter' }).click();
    await status.host.getByText('The reference or the access code is not right').waitFor();

    await status.lookUp(invoiceMatter.reference, invoiceMatter.code);
    // The code never went into the address bar.
    expect(page.url()).not.toContain(invoiceMatter.code);
    const stages = status.host.locator('ol.timeline > li');
    expect(await stages.count()).toBeGreaterThan(3);
    const current = status.host.locator('ol.timeline > li[aria-current="step"]');
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toContain('Under review');
    // The internal conflict check never reaches the browser.
    expect(await status.host.textContent()).not.toContain('Conflict check');
    await status.host.getByText(/Last updated: \d+ days ago/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: shot('matter-desktop'), fullPage: true });

    // Pay: the firm's payment page in a new tab.
    const pay = status.host.getByRole('link', { name: /^Pay/ });
    expect(await pay.getAttribute('target')).toBe('_blank');
    expect(await pay.getAttribute('rel')).toBe('noopener');
    const [payment] = await Promise.all([context.waitForEvent('page'), pay.click()]);
    await payment.waitForLoadState();
    expect(payment.url()).toBe('https://pay.harborvale.example/invoices/INV-1042');
    await payment.close();

    // A message to the lawyer.
    await status.host.getByLabel('Message your lawyer').fill('Can we move the biometrics appointment?');
    await status.host.getByRole('button', { name: 'Send message' }).click();
    await status.host.getByText('Message sent. Your lawyer will get back to you.').waitFor();
    await expect.poll(() => storedEvents('status.pay_followed'), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => storedEvents('status.message_sent'), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(storedEvents('status.lookup_succeeded')).toBeGreaterThan(0);

    // Staff see it in the dashboard and post an update.
    const staff = await context.newPage();
    // Signed in wherever the dashboard lands first (its home changes with the journey map), then Matters.
    await staff.goto(`${collector.url}/dashboard/matters`);
    await staff.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await staff.getByRole('textbox', { name: 'Email' }).fill(firstAdmin.email);
    await staff.getByLabel('Password').fill(firstAdmin.password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'Matters', level: 1 }).waitFor();
    const row = staff.getByRole('row').filter({ has: staff.getByRole('link', { name: invoiceMatter.client }) });
    await row.getByText('1 unread message').waitFor();
    // 18 days without a client update: overdue.
    await row.getByText('Overdue').waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await staff.screenshot({ path: shot('dashboard-list'), fullPage: true });
    await row.getByRole('link', { name: invoiceMatter.client }).click();
    await staff.getByText('Can we move the biometrics appointment?').waitFor();
    await staff.getByLabel('New update').fill('Your biometrics appointment is booked for next Tuesday at 10 am.');
    await staff.getByRole('button', { name: 'Post update' }).click();
    await staff.getByText('Your biometrics appointment is booked for next Tuesday at 10 am.').waitFor();
    await staff.getByRole('button', { name: 'Mark read' }).click();
    await staff.getByRole('button', { name: 'Mark read' }).waitFor({ state: 'detached' });
    expect(await axeViolations(staff)).toEqual([]);
    await staff.screenshot({ path: shot('dashboard-matter'), fullPage: true });

    // A reload forgets the code; a new lookup shows the update, "last updated" moves to now.
    await page.reload();
    await status.host.getByLabel('Access code').waitFor();
    expect(await status.host.locator('.matter').count()).toBe(0);
    await status.lookUp(invoiceMatter.reference, invoiceMatter.code);
    await status.host.getByText('Your biometrics appointment is booked for next Tuesday at 10 am.').waitFor();
    await status.host.getByText(/Last updated: (now|this minute|\d+ (seconds?|minutes?) ago)/).waitFor();
    // The token stayed in memory: nothing in the page's storage.
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toMatch(/\.\d+\.\d+\./);
    expect(await trouble.cspViolations()).toEqual([]);
    // The one wrong code above is a 401 the browser logs; nothing else went wrong.
    expect(trouble.errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
    await context.close();
  });

  it('fits a phone, and the closed demo matter says so', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.goto(`${collector.url}/demo/case-status.html`);
    const status = tracker(page);
    await status.host.getByLabel('Access code').waitFor({ timeout: 30_000 });
    const fontSize = await status.host.getByLabel('Access code').evaluate((el) => getComputedStyle(el).fontSize);
    expect(fontSize).toBe('16px');
    // What the loader reserves (vite.config.ts `reserve`, demo/case-status.css) covers the form, so nothing jumps.
    await status.host.getByLabel('Matter reference').click();
    const formHeight = await status.host.evaluate((el) => el.getBoundingClientRect().height);
    console.log(`status form height on a 390px phone: ${formHeight}px`);
    expect(formHeight).toBeLessThanOrEqual(440);
    await page.screenshot({ path: shot('form-phone'), fullPage: true });
    await status.lookUp('HV-FAM7-2026', 'k7xm 4pqr 9tdw');
    await status.host.getByText('Negotiation').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: shot('matter-phone'), fullPage: true });
    await status.host.getByRole('button', { name: 'Sign out' }).click();
    await status.lookUp('HV-EST9-2025', 'W5TS-6GFC-2MYA');
    await status.host.getByText('This matter is closed.').waitFor();
    await context.close();
  });
});
