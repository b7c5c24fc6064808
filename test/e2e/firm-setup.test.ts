/**
 * Issue 14, as a new firm sets Retainer up and its staff read what arrives:
 * - the snippets screen's "all widgets with one script" advice, pasted as shown into a page on another origin
 *   that sends a strict Content-Security-Policy built from the screen's own CSP line: every placed widget renders,
 *   the FAQ bubble is there and opens, lawyer photos load, and nothing is blocked (defects 7 and 8);
 * - the contract between collector and dashboard: a prospect goes directory → Contact → intake, and the intake's
 *   detail in the dashboard names the lawyer they picked (defect 1's path, which broke silently).
 * Screenshots: test-results/firm-setup-*.png.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot, startCollector } from './support/collector-process.ts';
import { firstAdmin, inboxRow, signIn } from './support/dashboard.ts';
import { freePort } from './support/free-port.ts';
import { intakeForm } from './support/intake-form.ts';

const results = join(repoRoot, 'test-results');

let browser: Browser;
let collector: RunningCollector;
let firmSite: Server;
let firmOrigin = '';
/** The firm's own page: what the web admin pasted, served with the policy the snippets screen told them to add. */
const pasted = { body: '', csp: '' };

beforeAll(async () => {
  const port = await freePort();
  firmOrigin = `http://127.0.0.1:${port}`;
  firmSite = createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': pasted.csp })
      .end(`<!doctype html><html lang="en"><head><title>Smith &amp; Partners</title></head><body>
<h1>Smith &amp; Partners</h1>
${pasted.body}
</body></html>`);
  });
  await new Promise<void>((resolve) => firmSite.listen(port, '127.0.0.1', resolve));
  collector = await startCollector({
    demoOrigins: [firmOrigin],
    logFile: join(results, 'firm-setup-collector.log'),
    env: {
      RETAINER_ADMIN_EMAIL: firstAdmin.email,
      RETAINER_ADMIN_PASSWORD: firstAdmin.password,
      RETAINER_ADMIN_NAME: firstAdmin.name,
      RETAINER_FIRM_NAME: firstAdmin.firmName,
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await collector?.stop();
  await new Promise((resolve) => firmSite?.close(resolve));
});

describe('a new firm pastes the snippets screen’s advice', () => {
  it('gets every placed widget and the FAQ bubble under a strict CSP built from the screen’s CSP line', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, collector.url);
    await page.goto(`${collector.url}/dashboard/snippets?site=harbor-vale`);
    const loader = page.getByRole('region', { name: 'All widgets with one script' });
    await loader.waitFor();
    const [script, elements] = await loader.locator('pre').allTextContents();
    const cspLine = await page.getByRole('region', { name: 'Content-Security-Policy' }).locator('pre').textContent();
    expect(script).toContain('data-faq="bubble"');
    expect(elements).toContain('<retainer-directory></retainer-directory>');
    expect(cspLine).toContain('img-src');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'firm-setup-snippets.png'), fullPage: true });

    // The firm's page: the elements where the widgets go, the one script, and a policy allowing nothing else.
    pasted.body = `${elements}\n${script}`;
    pasted.csp = `default-src 'self'; style-src 'self'; ${cspLine}`;
    const site = await context.newPage();
    const trouble = await watchPage(site);
    await site.goto(firmOrigin);
    await intakeForm(site, 'en').ready();
    const directory = site.locator('retainer-directory');
    await directory.getByRole('button', { name: 'View profile of Daniel Lin' }).waitFor({ timeout: 30_000 });
    // Below the fold: widgets load as they come near the viewport.
    await site.locator('retainer-status').scrollIntoViewIfNeeded();
    await site.locator('retainer-status').getByRole('button', { name: 'Show my matter' }).waitFor({ timeout: 30_000 });
    await site.evaluate(() => window.scrollTo(0, 0));

    // The FAQ bubble, placed by retainer.js because the pasted tag asks for it; it opens the assistant.
    const bubble = site.locator('retainer-faq[floating]').locator('button.bubble');
    await bubble.click();
    await site.locator('retainer-faq').getByRole('dialog').waitFor({ timeout: 30_000 });
    await site
      .locator('retainer-faq')
      .getByText(/automated assistant, not a lawyer/)
      .waitFor();

    // Lawyer photos: images from the collector, allowed by the line's img-src.
    await directory.locator('img').first().scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        directory.locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth > 0)),
      )
      .not.toContain(false);
    expect(await directory.locator('img').count()).toBeGreaterThan(0);
    await site.screenshot({ path: join(results, 'firm-setup-pasted-page.png') });
    expect(await trouble.cspViolations()).toEqual([]);
    expect(trouble.errors).toEqual([]);
    await context.close();
  });
});

describe('the collector–dashboard contract, end to end', () => {
  it('walks directory → Contact → intake → dashboard detail, which names the lawyer', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await page.goto(`${collector.url}/demo/team.html`);
    const directory = page.locator('retainer-directory');
    await directory.getByRole('button', { name: 'View profile of Daniel Lin' }).click({ timeout: 30_000 });
    await directory.getByRole('dialog').getByRole('button', { name: 'Contact', exact: true }).click();
    await page.waitForURL(/\/demo\/contact\.html#/);
    const form = intakeForm(page, 'en');
    await form.ready();
    await form.host.getByText('Your message will go to Daniel Lin.').waitFor();
    await form.fill({
      name: 'Priya Raman',
      email: 'priya.raman@example.com',
      practiceArea: 'Immigration',
      description: 'My employer wants to sponsor my green card and I need to know the timeline.',
    });
    const reference = await form.submitAndReadReference();
    expect(trouble.errors).toEqual([]);

    const staff = await context.newPage();
    await signIn(staff, collector.url);
    await inboxRow(staff, reference).getByRole('link', { name: reference }).click();
    // Before the contract fix this screen said "The server answered in a way this dashboard does not understand".
    const submission = staff.getByRole('heading', { name: 'Submission' });
    await submission
      .or(staff.getByText(/does not understand/))
      .first()
      .waitFor();
    await staff.screenshot({ path: join(results, 'firm-setup-intake-detail.png'), fullPage: true });
    expect(await staff.getByText(/does not understand/).count()).toBe(0);
    await staff.getByRole('heading', { name: `Intake ${reference}`, level: 1 }).waitFor();
    const askedFor = staff.locator('.meta-list dt', { hasText: 'Asked for' }).locator('xpath=following-sibling::dd[1]');
    expect(await askedFor.textContent()).toBe('Daniel Lin');
    expect(await staff.getByText('priya.raman@example.com').first().isVisible()).toBe(true);
    await context.close();
  });
});
