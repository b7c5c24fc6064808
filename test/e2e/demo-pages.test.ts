/**
 * The demo firm's site as a newcomer first sees it: every page on desktop and on a phone loads
 * under the collector's strict CSP with no violation or console error, no sideways scroll, every
 * image and internal link resolving. Full-page screenshots land in test-results/demo-*.png.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchPage } from './support/browser.ts';
import { repoRoot } from './support/collector-process.ts';

const collectorUrl = inject('collectorUrl');
const pages = ['index.html', 'practice-areas.html', 'team.html', 'contact.html', 'for-web-admins.html'];
const devices = [
  { device: 'desktop', options: { viewport: { width: 1366, height: 900 } } },
  { device: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(devices)('the demo site on $device', ({ device, options }) => {
  it.each(pages)('%s loads cleanly', async (path) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const trouble = await watchPage(page);
    const response = await page.goto(`${collectorUrl}/demo/${path}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    if (path === 'contact.html') {
      await page
        .locator('retainer-intake')
        .getByRole('button', { name: /^Send request/ })
        .waitFor();
    }
    if (path === 'team.html') {
      await page
        .locator('retainer-directory')
        .getByRole('button', { name: /^View profile of / })
        .first()
        .waitFor();
    }
    await page.waitForLoadState('networkidle');

    const facts = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      brokenImages: [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((i) => i.src),
      links: [...new Set([...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href))],
      main: document.querySelectorAll('main').length,
      h1: document.querySelectorAll('h1').length,
    }));
    expect(facts.overflow).toBe(0);
    expect(facts.brokenImages).toEqual([]);
    expect(facts.main).toBe(1);
    expect(facts.h1).toBe(1);
    const internal = facts.links.filter((href) => href.startsWith(`${collectorUrl}/demo/`));
    for (const href of internal) {
      const status = (await fetch(href.split('#')[0] ?? href)).status;
      expect(`${href} ${status}`).toBe(`${href} 200`);
    }

    await page.screenshot({
      path: join(repoRoot, 'test-results', `demo-${device}-${path.replace('.html', '')}.png`),
      fullPage: true,
    });
    expect(await trouble.cspViolations()).toEqual([]);
    expect(trouble.errors).toEqual([]);
    await context.close();
  });
});
