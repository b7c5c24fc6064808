/**
 * Issue 3: submitted text is rendered as text everywhere. A prospect puts script payloads in every
 * free-text field and party name (email and phone are validated formats, so they cannot carry
 * one); the firm also imports a party record that is itself a payload. In the dashboard's inbox
 * and detail views every payload shows as the characters typed, nothing runs, and no element
 * from a payload exists in the DOM.
 *
 * The dashboard's CSP would block inline handlers anyway, so the browser contexts here bypass CSP:
 * the test is about the SPA never turning text into markup, not about the CSP catching it.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import { importPartiesCsv, inboxRow, signIn, startDashboardCollector } from './support/dashboard.ts';
import { intakeForm } from './support/intake-form.ts';

const img = '<img src=x onerror=window.__xss=1>';
const script = '<script>window.__xss=1</script>';
const svg = '"><svg onload=window.__xss=1>';
const all = `${img} ${script} ${svg}`;

const answers = {
  name: `Eve ${all}`,
  email: 'eve.mallory@example.com',
  practiceArea: 'Business and contracts',
  jurisdiction: `Town ${all}`,
  description: `Our supplier ${all}\nsecond line ${img}`,
  referral: `Referrer ${all}`,
  adverseParties: [img, script, svg],
};
/** A record in the firm's party list that is a payload too, written so it matches the third party name. */
const hostileRecord = '"><SVG ONLOAD=window.__xss=1>';
const partiesCsv = `name,kind\r\n"${hostileRecord.replaceAll('"', '""')}",adverse\r\n`;

let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  [collector, browser] = await Promise.all([startDashboardCollector('dashboard-xss'), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
});

describe('script payloads in an intake', () => {
  it('show as inert text in the inbox and the detail view', async () => {
    const visitorContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${collector.url}/demo/contact.html`);
    const form = intakeForm(visitor, 'en');
    await form.ready();
    await form.fill(answers);
    const reference = await form.submitAndReadReference();
    expect(await xssFlag(visitor)).toBeUndefined();
    await visitorContext.close();

    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, collector.url);
    expect(await importPartiesCsv(page, partiesCsv)).toBe('Imported 1 name.');

    // The inbox: the name is its text, and the row is flagged.
    const row = inboxRow(page, reference);
    await row.getByText(/Conflict$/).waitFor();
    expect(await row.getByText(answers.name, { exact: true }).isVisible()).toBe(true);
    await expectNothingInjected(page);

    // The detail: every answer as typed.
    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Intake ${reference}`, level: 1 }).waitFor();
    const submission = page.getByRole('region', { name: 'Submission' });
    await submission.getByText(answers.name, { exact: true }).waitFor();
    for (const text of [answers.name, answers.jurisdiction, answers.referral]) {
      expect(await submission.getByText(text, { exact: true }).isVisible(), text).toBe(true);
    }
    expect(await submission.locator('.field-row-description dd').textContent()).toBe(answers.description);
    expect(await submission.getByRole('listitem').allTextContents()).toEqual(answers.adverseParties);

    // The conflict flag shows the submitted name and the record's name, both as text.
    const conflicts = page.getByRole('region', { name: /Conflict check/ });
    const flag = conflicts.getByRole('listitem');
    expect(await flag.count()).toBe(1);
    expect(await flag.locator('q').textContent()).toBe(svg);
    expect(await flag.locator('strong').textContent()).toBe(hostileRecord);

    await expectNothingInjected(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(repoRoot, 'test-results', 'dashboard-xss-detail-1280x800.png'),
      fullPage: true,
    });
    await context.close();
  });
});

function xssFlag(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
}

/** Nothing ran, no element a payload describes exists, and the markup holds the payloads only escaped. */
async function expectNothingInjected(page: Page): Promise<void> {
  expect(await xssFlag(page)).toBeUndefined();
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('img, svg, iframe, script:not([src]), [onerror], [onload]')].map(
      (element) => element.outerHTML,
    ),
  );
  expect(injected).toEqual([]);
  const html = await page.evaluate(() => document.body.innerHTML);
  expect(html).toContain('&lt;img src=x onerror=window.__xss=1&gt;');
  for (const raw of ['<img src=x', '<script>window', '<svg onload', '<SVG ONLOAD']) expect(html).not.toContain(raw);
}
