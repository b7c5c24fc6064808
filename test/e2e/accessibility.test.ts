/**
 * (d) axe-core finds no violations on the demo contact page with the form, before and after a
 * failed validation, on desktop and on a phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium } from './support/browser.ts';
import { intakeForm } from './support/intake-form.ts';

const collectorUrl = inject('collectorUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  { device: 'desktop', viewport: { width: 1280, height: 900 } },
  { device: 'phone', viewport: { width: 390, height: 844 } },
])('accessibility of the demo contact page on $device', ({ viewport }) => {
  it('has no axe violations, also after a failed submit', async () => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${collectorUrl}/demo/contact.html`);
    const form = intakeForm(page, 'en');
    await form.ready();
    expect(await axeViolations(page)).toEqual([]);

    await form.submitButton.click();
    await form.host.getByText(form.words.required).first().waitFor({ state: 'visible' });
    // The invalid fields say so to assistive technology.
    const invalid = form.host.locator('[aria-invalid="true"]');
    expect(await invalid.count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
