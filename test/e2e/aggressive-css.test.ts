/**
 * (c) A host page with hostile global CSS (resets, `html { font-size: 62.5% }`, `!important`
 * on `*`, `div`, `input`, `button`, `label`): the form looks exactly as on a plain page.
 * Screenshots of both land in test-results/ for a person to compare.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchPage } from './support/browser.ts';
import { repoRoot } from './support/collector-process.ts';
import { intakeForm } from './support/intake-form.ts';

const fixtureUrl = inject('fixtureUrl');
const resultsDir = join(repoRoot, 'test-results');

/** Every element in the widget's shadow root with the properties a page could try to break. */
function shadowStyles(page: Page) {
  return page.locator('retainer-intake').evaluate((host) => {
    const props = [
      'display',
      'visibility',
      'position',
      'font-size',
      'font-weight',
      'font-style',
      'line-height',
      'letter-spacing',
      'word-spacing',
      'text-transform',
      'text-align',
      'color',
      'background-color',
      'border-top-width',
      'border-top-style',
      'border-top-color',
      'border-radius',
      'padding-top',
      'padding-left',
      'margin-top',
      'box-sizing',
      'width',
      'height',
      'cursor',
      'flex-direction',
    ];
    const root = host.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll('*')].map((el) => {
      const style = getComputedStyle(el);
      const label = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''}`;
      return { el: label, ...Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])) };
    });
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a host page with aggressive global CSS', () => {
  it('cannot restyle the form', async () => {
    const viewport = { width: 1280, height: 1400 };
    const plain = await browser.newPage({ viewport });
    const hostile = await browser.newPage({ viewport });
    const trouble = await watchPage(hostile);
    await plain.goto(`${fixtureUrl}/plain.html`);
    await hostile.goto(`${fixtureUrl}/aggressive-css.html`);
    const plainForm = intakeForm(plain, 'en');
    const hostileForm = intakeForm(hostile, 'en');
    await plainForm.ready();
    await hostileForm.ready();

    // The page's CSS did apply to the page itself, so the test is not vacuous.
    const pageFontSize = await hostile.locator('h1').evaluate((el) => getComputedStyle(el).fontSize);
    expect(pageFontSize).toBe('40px');

    await plain.locator('.slot').screenshot({ path: join(resultsDir, 'plain-host.png') });
    await hostile.locator('.slot').screenshot({ path: join(resultsDir, 'aggressive-css.png') });

    const expected = await shadowStyles(plain);
    const actual = await shadowStyles(hostile);
    expect(expected.length).toBeGreaterThan(20);
    expect(actual).toEqual(expected);

    // Inputs stay readable and usable.
    const input = hostileForm.host.getByRole('textbox', { name: hostileForm.words.name });
    expect(await input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    expect(await hostileForm.submitButton.isVisible()).toBe(true);

    // After a failed submit the errors show the same way on both pages.
    await plainForm.submitButton.click();
    await hostileForm.submitButton.click();
    await hostileForm.host.getByText(hostileForm.words.required).first().waitFor({ state: 'visible' });
    await plainForm.host.getByText(plainForm.words.required).first().waitFor({ state: 'visible' });
    await hostile.locator('.slot').screenshot({ path: join(resultsDir, 'aggressive-css-errors.png') });
    expect(await shadowStyles(hostile)).toEqual(await shadowStyles(plain));

    expect(trouble.errors).toEqual([]);
    await plain.close();
    await hostile.close();
  });
});
