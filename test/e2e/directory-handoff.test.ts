/**
 * Issue 14, defect 1, end to end: a prospect picks a lawyer in the demo directory, presses Contact,
 * sends the prefilled intake; staff open it in the dashboard and read it — the detail names the
 * lawyer asked for, instead of "The server answered in a way this dashboard does not understand".
 * Screenshot: test-results/directory-handoff-detail.png.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import { inboxRow, signIn, startDashboardCollector } from './support/dashboard.ts';
import { intakeForm } from './support/intake-form.ts';

let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  [collector, browser] = await Promise.all([startDashboardCollector('directory-handoff'), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
});

describe('a directory handoff, from the team page to the dashboard', () => {
  it('shows staff the intake with the lawyer the prospect chose', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${collector.url}/demo/team.html`);
    const team = visitor.locator('retainer-directory');
    await team.getByRole('button', { name: 'View profile of Daniel Lin' }).click({ timeout: 30_000 });
    await team.getByRole('dialog').getByRole('button', { name: 'Contact', exact: true }).click();
    await visitor.waitForURL(/\/demo\/contact\.html#/);
    const intake = visitor.locator('retainer-intake');
    await intake.getByText('Your message will go to Daniel Lin.').waitFor({ timeout: 30_000 });
    const form = intakeForm(visitor, 'en');
    await form.ready();
    await form.fill({
      name: 'Lena Brandt',
      email: 'lena.brandt@example.com',
      practiceArea: 'Immigration',
      description: 'My work visa renewal was refused and I have to leave in six weeks.',
    });
    const reference = await form.submitAndReadReference();
    await visitor.close();

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, collector.url);
    await inboxRow(page, reference).getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Intake ${reference}`, level: 1 }).waitFor();
    const asked = page.locator('dt', { hasText: 'Asked for' });
    await asked.waitFor();
    expect(await asked.locator('xpath=following-sibling::dd[1]').textContent()).toBe('Daniel Lin');
    expect(await page.getByText(/does not understand/).count()).toBe(0);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'directory-handoff-detail.png'), fullPage: true });
    await page.close();
  });
});
