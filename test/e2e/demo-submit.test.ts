/**
 * (a) A prospective client submits the intake from the demo firm's contact page; the firm's
 * submission is on disk exactly once, personal fields encrypted.
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchPage } from './support/browser.ts';
import { intakeForm } from './support/intake-form.ts';
import { storedIntakes } from './support/stored-intakes.ts';

const collectorUrl = inject('collectorUrl');
const dbFile = inject('dbFile');
const dataDir = inject('dataDir');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the demo contact page', () => {
  it('takes an enquiry from a person and stores it once, encrypted', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    // What a firm's analytics would hear: the page's CSP does not apply to DevTools init scripts.
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      Object.defineProperty(window, '__heard', { value: heard });
      document.addEventListener('retainer:submit', (event) => heard.push((event as CustomEvent).detail));
    });
    await page.goto(`${collectorUrl}/demo/contact.html`);
    const openedAt = Date.now();
    const form = intakeForm(page, 'en');
    await form.ready();

    const name = `Ann Lee ${randomUUID().slice(0, 8)}`;
    const email = `ann.${randomUUID().slice(0, 8)}@example.com`;
    await form.fill({
      name,
      email,
      phone: '+1 617 555 0199',
      practiceArea: 'Family law',
      description: 'We are separating and need a parenting plan for our two children.',
    });
    const reference = await form.submitAndReadReference({ doubleClick: true });

    const rows = storedIntakes(dbFile, dataDir, { reference });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.site).toBe('harbor-vale');
    expect(row?.practiceArea).toBe('family');
    expect(row?.disclaimerVersion).toBe(1);
    expect(row?.fields).toMatchObject({ name, email, phone: '+1 617 555 0199' });
    // On disk the name and email are ciphertext only.
    expect(row?.personal).not.toContain(name);
    expect(row?.personal).not.toContain(email);
    expect(storedIntakes(dbFile, dataDir).filter((r) => r.fields.name === name)).toHaveLength(1);

    // The host page heard about it once, with the reference and nothing personal.
    const heard = await page.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard);
    expect(heard).toEqual([{ widget: 'intake', site: 'harbor-vale', reference }]);

    // Nothing the visitor typed stays in their browser.
    const kept = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(kept).not.toContain(name);
    expect(kept).not.toContain(email);

    expect(await trouble.cspViolations()).toEqual([]);
    expect(trouble.errors).toEqual([]);

    // Leaving the page flushes the journey events (keepalive on pagehide).
    await page.goto('about:blank');
    await context.close();
    await expect
      .poll(() => journeyEventTypes(dbFile, openedAt), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['intake.shown', 'intake.started', 'intake.submitted']));
  });
});

/** Event types received since `since` (test files run one at a time, so these are this test's). */
function journeyEventTypes(file: string, since: number): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("select distinct type from events where site = 'harbor-vale' and received_at >= ?")
      .all(since) as { type: string }[];
    return rows.map((r) => r.type);
  } finally {
    db.close();
  }
}
