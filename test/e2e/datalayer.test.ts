/**
 * Issue 16: a host page whose script tag says `data-datalayer` hears the widgets' events in its Google Tag Manager
 * data layer — after the page's own entries, and never with anything the visitor typed or the reference they got.
 * A page without the attribute gets no data layer at all.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchPage } from './support/browser.ts';
import { intakeForm } from './support/intake-form.ts';

const fixtureUrl = inject('fixtureUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const layer = (page: Page) =>
  page.evaluate(() => JSON.stringify((window as { dataLayer?: unknown }).dataLayer ?? null));
const events = async (page: Page) =>
  ((JSON.parse(await layer(page)) ?? []) as { event: string }[]).map((entry) => entry.event);

describe('the host page data layer', () => {
  it('gets the widgets’ events with data-datalayer, and none of the visitor’s words', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const trouble = await watchPage(page);
    await page.goto(`${fixtureUrl}/datalayer.html`);

    const team = page.locator('retainer-directory');
    const opener = team.getByRole('button', { name: /^View profile of / }).first();
    await opener.waitFor({ timeout: 30_000 });
    await opener.click();
    await team.getByRole('dialog').waitFor();
    await expect.poll(() => events(page)).toContain('retainer_directory_profile_view');
    await page.keyboard.press('Escape');

    const planted = {
      name: `Zelda Quartz ${randomUUID().slice(0, 8)}`,
      email: `zq.${randomUUID().slice(0, 8)}@example.com`,
      description: `Planted description ${randomUUID()}`,
    };
    const form = intakeForm(page, 'en');
    await form.ready();
    await form.fill({ ...planted, practiceArea: 'Family law' });
    const reference = await form.submitAndReadReference();
    await expect.poll(() => events(page)).toContain('retainer_intake_submitted');

    const entries = JSON.parse(await layer(page)) as Record<string, unknown>[];
    // The tag manager's own entry stays first: the widgets add to the page's array, never replace it.
    expect(entries[0]).toEqual({ event: 'gtm.js', 'gtm.start': 1 });
    expect(entries.map((e) => e.event)).toEqual(
      expect.arrayContaining([
        'retainer_directory_profile_view',
        'retainer_intake_started',
        'retainer_intake_submitted',
      ]),
    );
    const submitted = entries.find((e) => e.event === 'retainer_intake_submitted');
    expect(submitted).toEqual({
      event: 'retainer_intake_submitted',
      widget: 'intake',
      site: 'harbor-vale',
      practice_area: 'family',
    });
    const everything = JSON.stringify(entries);
    for (const value of [...Object.values(planted), reference, 'Zelda', 'example.com']) {
      expect(everything).not.toContain(value);
    }
    expect(trouble.errors).toEqual([]);
    await page.close();
  });

  it('leaves a page without data-datalayer without a data layer', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${fixtureUrl}/plain.html`);
    const form = intakeForm(page, 'en');
    await form.ready();
    await form.fill({
      name: 'Ann Lee',
      email: 'ann.lee@example.com',
      practiceArea: 'Family law',
      description: 'Custody of our two children.',
    });
    await form.submitAndReadReference();
    expect(await layer(page)).toBe('null');
    await page.close();
  });
});
