/**
 * The network drops just as a person sends the form: it says so, keeps their answers, sends
 * them when the connection is back, and the firm gets the enquiry once.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
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

describe('offline, then online again', () => {
  it('tells the visitor, then sends the enquiry once', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${collectorUrl}/demo/contact.html`);
    const form = intakeForm(page, 'en');
    await form.ready();
    const name = `Omar Haddad ${randomUUID().slice(0, 8)}`;
    await form.fill({
      name,
      email: 'omar.haddad@example.com',
      practiceArea: 'Employment',
      description: 'I was dismissed two days after reporting a safety problem.',
    });
    await form.waitLikeAPerson();

    await context.setOffline(true);
    await form.submitButton.click();
    // Shown on screen, and announced to screen readers through the live region.
    const offline = form.host.getByText(/You're offline/);
    await offline.and(form.host.locator(':not([aria-live])')).waitFor({ state: 'visible' });
    expect(await offline.and(form.host.locator('[aria-live]')).count()).toBe(1);
    expect(storedIntakes(dbFile, dataDir).filter((row) => row.fields.name === name)).toEqual([]);

    await context.setOffline(false);
    const reference = await form.readReference();
    expect(
      storedIntakes(dbFile, dataDir)
        .filter((row) => row.fields.name === name)
        .map((row) => row.reference),
    ).toEqual([reference]);
    await context.close();
  });
});
