/**
 * (e) On a 390×844 phone, in Russian (from `<html lang="ru">`): the form fits without sideways
 * scrolling, inputs are 16px (no zoom on focus) and a submission goes through.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchPage } from './support/browser.ts';
import { repoRoot } from './support/collector-process.ts';
import { intakeForm } from './support/intake-form.ts';
import { storedIntakes } from './support/stored-intakes.ts';

const collectorUrl = inject('collectorUrl');
const fixtureUrl = inject('fixtureUrl');
const dbFile = inject('dbFile');
const dataDir = inject('dataDir');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Sideways overflow of the page and of the widget, and the font size of every form control. */
function layoutFacts(page: Page) {
  return page.locator('retainer-intake').evaluate((host) => {
    const controls = [...(host.shadowRoot?.querySelectorAll('input, select, textarea') ?? [])].filter(
      (el) => (el as HTMLElement).offsetParent !== null,
    );
    return {
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      widgetRight: host.getBoundingClientRect().right,
      viewportWidth: document.documentElement.clientWidth,
      controlCount: controls.length,
      smallControls: controls
        .map((el) => ({
          name: el.getAttribute('name') ?? el.id,
          size: Number.parseFloat(getComputedStyle(el).fontSize),
        }))
        .filter((c) => c.size < 16),
    };
  });
}

describe('on a phone', () => {
  it('fits, keeps 16px inputs and submits, in Russian', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await page.goto(`${fixtureUrl}/ru-phone.html`);
    const form = intakeForm(page, 'ru');
    await form.ready();

    const facts = await layoutFacts(page);
    expect(facts.pageOverflow).toBe(0);
    expect(facts.widgetRight).toBeLessThanOrEqual(facts.viewportWidth);
    expect(facts.controlCount).toBeGreaterThan(4);
    expect(facts.smallControls).toEqual([]);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'phone-ru.png'), fullPage: true });

    const name = `Анна Петрова ${randomUUID().slice(0, 6)}`;
    await form.fill({
      name,
      email: 'anna.petrova@example.com',
      practiceArea: 'Семейное право',
      description: 'Мы разводимся, нужен порядок общения с ребёнком.',
    });
    const reference = await form.submitAndReadReference();
    expect(storedIntakes(dbFile, dataDir, { reference }).map((r) => r.fields.name)).toEqual([name]);
    expect(trouble.errors).toEqual([]);
    await context.close();
  });

  it('shows the demo contact page without sideways scrolling', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${collectorUrl}/demo/contact.html`);
    await intakeForm(page, 'en').ready();
    const facts = await layoutFacts(page);
    expect(facts.pageOverflow).toBe(0);
    expect(facts.smallControls).toEqual([]);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'phone-demo-contact.png'), fullPage: true });
    await context.close();
  });
});
