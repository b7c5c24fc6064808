/**
 * The demo firm's "Our team" page with the lawyer directory, as a visitor uses it: the seeded
 * lawyers as cards, a filter, a profile opened and closed from the keyboard (focus comes back),
 * Contact handing off to the contact page's intake form prefilled, schema.org JSON-LD in the head,
 * axe-core clean, and a phone without sideways scroll. Screenshots: test-results/directory-*.png.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { repoRoot } from './support/collector-process.ts';
import { layoutShifts, recordLayoutShifts } from './support/layout-shifts.ts';

const collectorUrl = inject('collectorUrl');
const teamPage = `${collectorUrl}/demo/team.html`;
/** The six lawyers the collector seeds for the demo site, in display order. */
const seeded = ['Eleanor Hart', 'Daniel Lin', 'Amara Okafor', 'Irina Volkova', 'Wei Zhang', 'Thomas Reilly'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function directory(page: Page) {
  const host = page.locator('retainer-directory');
  return {
    host,
    openers: host.getByRole('button', { name: /^View profile of / }),
    dialog: host.getByRole('dialog'),
    async ready() {
      await host
        .getByRole('button', { name: /^View profile of / })
        .first()
        .waitFor({ timeout: 30_000 });
    },
    async names() {
      return host.locator('li.card .name').allTextContents();
    },
  };
}

/** The element that has focus, looking inside the widget's shadow root. */
function focusedLabel(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('aria-label') ?? active?.textContent ?? null;
  });
}

describe('the demo "Our team" page', () => {
  it('shows the lawyers, filters them, opens a profile by keyboard and hands off to the intake', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    const response = await page.goto(teamPage);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    const team = directory(page);
    await team.ready();
    expect(await team.names()).toEqual(seeded);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'directory-desktop.png'), fullPage: true });

    // Search engines: one LegalService data block in the head, valid JSON, naming every lawyer shown.
    const blocks = await page.evaluate(() =>
      [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    );
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '');
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('LegalService');
    expect(data.employee.map((person: { name: string }) => person.name)).toEqual(seeded);
    expect(data.employee[0]['@type']).toContain('Attorney');

    // Filters: Russian speakers, then practice area.
    await team.host.getByLabel('Language').selectOption({ label: 'Russian' });
    await expect.poll(() => team.names()).toEqual(['Irina Volkova']);
    await team.host.getByText('1 lawyer', { exact: true }).waitFor();
    await team.host.getByLabel('Language').selectOption('');
    await team.host.getByLabel('Practice area').selectOption({ label: 'Immigration' });
    await expect.poll(() => team.names()).toEqual(['Daniel Lin', 'Irina Volkova']);
    expect(await axeViolations(page)).toEqual([]);

    // A profile from the keyboard: Enter opens it, Escape closes it and focus returns to the card.
    const opener = team.host.getByRole('button', { name: 'View profile of Daniel Lin' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await team.dialog.waitFor();
    expect(await team.dialog.getAttribute('aria-modal')).toBe('true');
    await team.dialog.getByText(/^Profile last verified on /).waitFor();
    await team.dialog.getByText('Harvard Law School', { exact: false }).waitFor();
    await expect.poll(() => focusedLabel(page)).toBe('Close');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'directory-desktop-profile.png') });
    await page.keyboard.press('Escape');
    await team.dialog.waitFor({ state: 'detached' });
    // Focus goes back in an effect after the dialog is gone: poll rather than read it at once.
    await expect.poll(() => focusedLabel(page)).toBe('View profile of Daniel Lin');

    await page.screenshot({ path: join(repoRoot, 'test-results', 'directory-desktop-filtered.png'), fullPage: true });
    expect(await trouble.cspViolations()).toEqual([]);
    expect(trouble.errors).toEqual([]);

    // Contact: the intake on the site's contact page, prefilled with the lawyer and the practice area.
    await page.keyboard.press('Enter');
    await team.dialog.getByRole('button', { name: 'Contact', exact: true }).click();
    await page.waitForURL(/\/demo\/contact\.html#/);
    const intake = page.locator('retainer-intake');
    await intake.getByText('Your message will go to Daniel Lin.').waitFor({ timeout: 30_000 });
    const area = intake.getByRole('combobox', { name: /^What do you need help with/ });
    expect(await area.inputValue()).toBe('immigration');
    await page.screenshot({ path: join(repoRoot, 'test-results', 'directory-contact-handoff.png') });
    await context.close();
  });

  it('does not move the page while the directory loads and renders', async () => {
    // Tall enough that the note and footer after the directory are in view: a shift there counts.
    const page = await browser.newPage({ viewport: { width: 1366, height: 1600 } });
    await recordLayoutShifts(page);
    await page.goto(teamPage);
    await directory(page).ready();
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
    );
    expect(await layoutShifts(page)).toEqual([]);
    await page.close();
  });

  it('fits a 390×844 phone in one column without sideways scroll', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await page.goto(teamPage);
    const team = directory(page);
    await team.ready();
    await page.waitForLoadState('networkidle');

    const facts = await page.evaluate(() => {
      const host = document.querySelector('retainer-directory') as HTMLElement;
      const cards = [...(host.shadowRoot?.querySelectorAll('li.card') ?? [])].map((c) => c.getBoundingClientRect());
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        hostRight: host.getBoundingClientRect().right,
        viewport: document.documentElement.clientWidth,
        lefts: [...new Set(cards.map((r) => Math.round(r.left)))],
      };
    });
    expect(facts.overflow).toBe(0);
    expect(facts.hostRight).toBeLessThanOrEqual(facts.viewport);
    expect(facts.lefts).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);

    await team.openers.first().tap();
    await team.dialog.waitFor();
    const dialogBox = await team.dialog.boundingBox();
    expect((dialogBox?.x ?? -1) >= 0 && (dialogBox?.x ?? 0) + (dialogBox?.width ?? 0) <= 390).toBe(true);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'directory-phone-profile.png') });
    await page.keyboard.press('Escape');
    await team.dialog.waitFor({ state: 'detached' });

    await page.screenshot({ path: join(repoRoot, 'test-results', 'directory-phone.png'), fullPage: true });
    expect(await trouble.cspViolations()).toEqual([]);
    expect(trouble.errors).toEqual([]);
    await context.close();
  });
});
