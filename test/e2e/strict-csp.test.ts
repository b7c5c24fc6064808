/**
 * (b) The form on a host page served with `default-src 'self'; script-src 'self';
 * style-src 'self'; connect-src 'self'` (the widget proxied through the page's own origin,
 * as such a site must): it renders styled, submits, and triggers no CSP violation.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchPage } from './support/browser.ts';
import { strictCsp } from './support/fixture-server.ts';
import { intakeForm } from './support/intake-form.ts';
import { storedIntakes } from './support/stored-intakes.ts';

const fixtureUrl = inject('fixtureUrl');
const dbFile = inject('dbFile');
const dataDir = inject('dataDir');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a host page with a strict Content-Security-Policy', () => {
  it('shows a styled form that submits without a single violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const trouble = await watchPage(page);
    const response = await page.goto(`${fixtureUrl}/csp-strict.html`);
    expect(response?.headers()['content-security-policy']).toBe(strictCsp);

    const form = intakeForm(page, 'en');
    await form.ready();
    // The widget's own styles applied (constructable sheets), not the browser's default button.
    const submit = await form.submitButton.evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, minHeight: style.minHeight };
    });
    expect(submit.background).not.toMatch(/^rgba?\((239, 239, 239|0, 0, 0, 0)/);
    expect(submit.minHeight).toBe('44px');

    const name = `Wei Zhang ${randomUUID().slice(0, 8)}`;
    await form.fill({
      name,
      email: 'wei.zhang@example.com',
      practiceArea: 'Immigration',
      description: 'My H-1B extension was denied last week and my status ends next month.',
    });
    const reference = await form.submitAndReadReference();
    expect(storedIntakes(dbFile, dataDir, { reference }).map((r) => r.fields.name)).toEqual([name]);

    expect(await trouble.cspViolations()).toEqual([]);
    expect(trouble.errors).toEqual([]);
    await page.close();
  });
});
