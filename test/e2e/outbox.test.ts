/**
 * Issue 15 in a browser, on the embedded default (no mail server): a prospect sends the demo contact form; the
 * admin finds the staff alert and the prospect's acknowledgement in the Outbox, held, and opens the message as
 * it would be sent — with nothing the prospect wrote in it. The inbox, left open, shows a new intake without a
 * reload (the live stream over the collector's real HTTP server). axe-core checks the Outbox, the message,
 * Settings → Email and My notifications; screenshots go to test-results/ for a person to look at.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import { inboxRow, postIntake, signIn, startDashboardCollector } from './support/dashboard.ts';
import { intakeForm } from './support/intake-form.ts';

const results = join(repoRoot, 'test-results');
const description = 'Canary-7Q: my landlord kept the deposit for the flat on Elm Street.';

let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  [collector, browser] = await Promise.all([startDashboardCollector('outbox'), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
});

describe('the Outbox on the embedded default', () => {
  it('holds the staff alert and the acknowledgement of a demo intake, and shows them as they would be sent', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await signIn(page, collector.url);
    const errorsBefore = trouble.errors.length;

    // A prospect on the demo contact page, once the firm has a member to alert.
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${collector.url}/demo/contact.html`);
    const form = intakeForm(visitor, 'en');
    await form.ready();
    await form.fill({
      name: 'Nadia Ferreira',
      email: 'nadia.ferreira@example.com',
      practiceArea: 'Family law',
      description,
    });
    const reference = await form.submitAndReadReference();
    await visitor.close();

    // Live updates: an intake sent while the inbox is open appears without a reload.
    const later = await postIntake(collector.url, {
      name: 'Tomasz Wiśniewski',
      email: 'tomasz.w@example.com',
      practiceArea: 'employment',
      description: 'Canary-8R: overtime unpaid since March.',
    });
    await inboxRow(page, later).waitFor();
    await inboxRow(page, reference).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /new intakes? arrived/ })
      .waitFor({ state: 'attached' });

    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor();
    const alert = page.getByRole('row').filter({ has: page.getByRole('link', { name: `New intake ${reference}` }) });
    const acknowledgement = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: `We received your request (${reference})` }) });
    await alert.waitFor();
    await acknowledgement.waitFor();
    expect(await alert.getByText('Held', { exact: true }).count()).toBe(1);
    expect(await acknowledgement.getByText('Held', { exact: true }).count()).toBe(1);
    expect(await acknowledgement.getByText('nadia.ferreira@example.com').count()).toBe(1);
    expect(await page.getByText('Messages are held: no mail server is configured').count()).toBe(1);
    expect(await page.getByText(/Canary-/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'outbox-list.png'), fullPage: true });

    await alert.getByRole('link').click();
    await page.getByRole('heading', { name: `New intake ${reference}`, level: 1 }).waitFor();
    const frame = page.locator('iframe.outbox-frame');
    expect(await frame.getAttribute('sandbox')).toBe('');
    const body = page.frameLocator('iframe.outbox-frame').locator('body');
    await body.getByText(reference).first().waitFor();
    expect(await body.getByText(/Canary-/).count()).toBe(0);
    expect(await page.getByText(/Canary-/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'outbox-message.png'), fullPage: true });
    await page.getByRole('radio', { name: 'Plain text' }).check();
    await page.locator('pre.outbox-text').getByText(reference).first().waitFor();

    await page.goto(`${collector.url}/dashboard/settings/email`);
    await page.getByRole('heading', { name: 'Email settings', level: 1 }).waitFor();
    await page.getByText(/No mail server is configured, so emails are held/).waitFor();
    await page.getByRole('button', { name: 'Send a test email' }).click();
    await page.getByText(/^The test email was not sent: /).waitFor();
    // Client emails (the firm's update target and survey reminder, the site's case-status page), read from the collector.
    await page.getByLabel('Days since the client was updated (target)').waitFor();
    expect(await page.getByLabel('Days since the client was updated (target)').inputValue()).toBe('14');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'email-settings.png'), fullPage: true });

    await page.getByRole('link', { name: 'My notifications' }).click();
    await page.getByRole('heading', { name: 'My notifications', level: 1 }).waitFor();
    await page.getByRole('group', { name: 'A new intake arrives' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'my-notifications.png'), fullPage: true });

    expect(trouble.errors.slice(errorsBefore)).toEqual([]);
    await context.close();
  });
});
