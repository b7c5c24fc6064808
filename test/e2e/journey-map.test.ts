/**
 * Issue 8: the demo firm's seeded journeys fill the dashboard's home, the journey map. The
 * admin signs in and lands on it; every stage has journeys; choosing a device changes the
 * numbers (and the address); a number opens its breakdown; axe-core finds nothing; desktop and
 * phone screenshots go to test-results/ for a person to look at.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import { firstAdmin, startDashboardCollector } from './support/dashboard.ts';

const results = join(repoRoot, 'test-results');
let browser: Browser;
let collector: RunningCollector;

beforeAll(async () => {
  [browser, collector] = await Promise.all([launchChromium(), startDashboardCollector('journey-map')]);
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
});

async function signInToHome(page: Page) {
  await page.goto(`${collector.url}/dashboard/`);
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  // The first admin is created once the demo data is in (seeded after the collector starts listening): retry until then.
  for (let attempt = 0; ; attempt += 1) {
    await page.getByRole('textbox', { name: 'Email' }).fill(firstAdmin.email);
    await page.getByLabel('Password').fill(firstAdmin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const home = page.getByRole('heading', { name: 'Client journey', level: 1 });
    const refused = page.getByText('That email and password do not match an account.');
    await home.or(refused).first().waitFor({ timeout: 60_000 });
    if (await home.isVisible()) return;
    if (attempt >= 20) throw new Error('The first admin never appeared');
    await page.waitForTimeout(1000);
  }
}

const stageList = (page: Page) => page.getByRole('list', { name: 'The eight stages of the client journey' });

/** The "Reached" number of each stage column, as shown. */
async function reachedNumbers(page: Page): Promise<number[]> {
  const columns = stageList(page).locator(':scope > li');
  const count = await columns.count();
  const values: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const text =
      (await columns.nth(i).locator('dd').first().locator('button').first().innerText()).split('\n')[0] ?? '';
    values.push(Number(text.replace(/[^\d]/g, '')));
  }
  return values;
}

describe('the journey map on the dashboard home', () => {
  it('shows a full map from the demo data, and a filter changes the numbers', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await signInToHome(page);
    const errorsBefore = trouble.errors.length;
    await stageList(page).waitFor({ timeout: 60_000 });
    const all = await reachedNumbers(page);
    expect(all).toHaveLength(8);
    for (const reached of all) expect(reached).toBeGreaterThan(0);
    expect(all[0]).toBeGreaterThan(all[3]!);
    await page.getByRole('heading', { name: 'Weakest step' }).waitFor();
    await page.getByRole('heading', { name: 'Trends' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'journey-map-1600x1000.png'), fullPage: true });
    await page.screenshot({ path: join(results, 'journey-map-1600x1000-top.png') });

    await page.getByRole('combobox', { name: 'Device' }).selectOption('phone');
    await page.waitForURL(/device=phone/);
    await expect.poll(async () => (await reachedNumbers(page))[0], { timeout: 60_000 }).toBeLessThan(all[0]!);
    const phone = await reachedNumbers(page);
    expect(phone[0]).toBeGreaterThan(0);

    // Issue 14: touchpoints in words; the lawyer filter by name, with the rest as one "Other" that filters.
    const contactColumn = stageList(page).locator(':scope > li').nth(2);
    await contactColumn.getByText('Intake form started', { exact: true }).waitFor();
    expect(await stageList(page).innerText()).not.toMatch(/\b(intake|directory|faq|status|survey)\.[a-z_]+/);
    const lawyer = page.getByRole('combobox', { name: 'Lawyer' });
    const lawyerOptions = await lawyer.locator('option').allInnerTexts();
    expect(lawyerOptions).toEqual(expect.arrayContaining(['Eleanor Hart', 'Other (not in your directory)']));
    expect(lawyerOptions.join('|')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|james-whitfield|anna-petrova/);
    await lawyer.selectOption({ label: 'Other (not in your directory)' });
    await page.waitForURL(/lawyer=other/);
    await expect.poll(async () => (await reachedNumbers(page))[0], { timeout: 60_000 }).toBeLessThan(phone[0]!);
    const two = await reachedNumbers(page);
    expect(two[0]).toBeGreaterThan(0);
    await page.getByText(/With several filters, touchpoints/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'journey-map-two-filters-1600x1000.png'), fullPage: true });
    await page
      .getByRole('form', { name: 'Filters' })
      .getByRole('combobox', { name: 'Language' })
      .selectOption({ label: 'English' });
    await page.waitForURL(/lang=en/);
    await expect.poll(async () => (await reachedNumbers(page))[0], { timeout: 60_000 }).toBeLessThan(two[0]!);
    const three = await reachedNumbers(page);
    expect(three[0]).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.toString()).toMatch(/device=phone.*lang=en|lang=en.*device=phone/);
    await page.screenshot({ path: join(results, 'journey-map-three-filters-1600x1000.png'), fullPage: true });
    await page.screenshot({ path: join(results, 'journey-map-three-filters-1600x1000-top.png') });
    await page.goto(`${collector.url}/dashboard/?device=phone`);
    await stageList(page).waitFor();

    // A number opens the counts behind it.
    await stageList(page)
      .getByRole('button', { name: /Reached: Contact/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'journey-breakdown-1600x1000.png') });
    await dialog.getByRole('button', { name: 'Close' }).first().click();

    expect(trouble.errors.slice(errorsBefore)).toEqual([]);
    expect(await trouble.cspViolations()).toEqual([]);
    await context.close();
  });

  it('is readable on a phone, as cards', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await signInToHome(page);
    await stageList(page).waitFor();
    await page.getByRole('heading', { name: 'Trends' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'journey-map-390x844.png'), fullPage: true });
    await page.screenshot({ path: join(results, 'journey-map-390x844-top.png') });
    await stageList(page).locator(':scope > li').nth(3).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(results, 'journey-map-390x844-decide.png') });
    await context.close();
  });
});
