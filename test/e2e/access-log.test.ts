/**
 * Issue 17 in a browser: the admin opens an intake, then finds that view in the Access log — who, which intake
 * (by reference, never the prospect's name), from where — filters to it, downloads the CSV, and reaches a
 * member's entries from the team screen. axe-core checks the screen on a desktop and a phone; screenshots go to
 * test-results/ for a person to look at.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import { firstAdmin, inboxRow, postIntake, signIn, startDashboardCollector } from './support/dashboard.ts';

const results = join(repoRoot, 'test-results');
const prospect = 'Octavia Canarywood';
const description = 'Canary-17A: my employer withheld the final paycheck.';

let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  [collector, browser] = await Promise.all([startDashboardCollector('access-log'), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
});

describe('the access log', () => {
  it('shows the admin their own view of an intake, by reference, with no client data', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await signIn(page, collector.url);
    const errorsBefore = trouble.errors.length;

    const reference = await postIntake(collector.url, {
      name: prospect,
      email: 'octavia.canarywood@example.com',
      practiceArea: 'employment',
      description,
    });
    await page.reload();
    const row = inboxRow(page, reference);
    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Intake ${reference}`, level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Access log' }).click();
    await page.getByRole('heading', { name: 'Access log', level: 1 }).waitFor();
    const viewed = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: reference, exact: true }) })
      .filter({ hasText: 'Opened an intake' });
    await viewed.first().waitFor();
    expect(await viewed.count()).toBe(1);
    expect(await viewed.getByRole('rowheader', { name: firstAdmin.name }).count()).toBe(1);
    expect(await viewed.getByText(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/).count()).toBe(1);
    expect(await viewed.getByText(/^Chrome \d+ on Linux$/).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'Signed in' }).count()).toBeGreaterThan(0);
    expect(await page.getByText(/Canary/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'access-log-1280x900.png'), fullPage: true });

    // Narrowed to views of that intake; the CSV carries the same filters and the same entry.
    await page.getByLabel('Action').selectOption({ label: 'Opened an intake' });
    await page.getByLabel('Reference or id').fill(reference);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('heading', { name: '1 entry', level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get('action')).toBe('intake.viewed');
    const csvHref = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csvHref).toContain('action=intake.viewed');
    const csv = await (await page.request.get(`${collector.url}${csvHref}`)).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${firstAdmin.name},intake.viewed,intake,`);
    expect(lines[1]).toContain(`,${reference},`);
    expect(csv).not.toMatch(/Canary|canarywood/i);
    expect(await axeViolations(page)).toEqual([]);

    // On a phone: each entry reads as a card.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: reference, exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'access-log-390x844.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // From the team screen to one member's entries.
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    await page.getByRole('link', { name: `Access log entries of ${firstAdmin.name}` }).click();
    await page.getByRole('heading', { name: 'Access log', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('actor')).toBeTruthy();
    await page.getByRole('row').filter({ hasText: 'Opened an intake' }).first().waitFor();
    expect(await page.getByLabel('Member').inputValue()).toBe(new URL(page.url()).searchParams.get('actor'));

    expect(trouble.errors.slice(errorsBefore)).toEqual([]);
    await context.close();
  });
});
