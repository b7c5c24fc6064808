/**
 * Issue 16 in a browser: an admin connects Clio Grow in the site settings (the token is write-only) and turns on
 * automatic sending; an intake with a clear conflict check reaches a local stand-in for Clio's Lead Inbox by
 * itself, a flagged one waits until a member clears its check on the intake page, and staff can send by hand.
 * axe-core checks both screens; screenshots go to test-results/ for a person to look at.
 */
import { join } from 'node:path';
import { startFakeClio } from '@retainer/collector/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot, startCollector } from './support/collector-process.ts';
import { firstAdmin, importPartiesCsv, inboxRow, postIntake, signIn } from './support/dashboard.ts';

const results = join(repoRoot, 'test-results');
const token = 'cg_inbox_e2e_Tq7Wm2Xr9Lp4';

let clio: Awaited<ReturnType<typeof startFakeClio>>;
let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  clio = await startFakeClio(token);
  [collector, browser] = await Promise.all([
    startCollector({
      logFile: join(results, 'clio-grow-collector.log'),
      env: {
        RETAINER_ADMIN_EMAIL: firstAdmin.email,
        RETAINER_ADMIN_PASSWORD: firstAdmin.password,
        RETAINER_ADMIN_NAME: firstAdmin.name,
        RETAINER_FIRM_NAME: firstAdmin.firmName,
        RETAINER_CLIO_GROW_URL: clio.url,
      },
    }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
  await clio?.close();
});

describe('Clio Grow in the dashboard', () => {
  it('connects, sends a clear intake by itself, holds a flagged one until its check is cleared', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await signIn(page, collector.url);
    // Before signing in, the dashboard's session check is a 401 by design.
    const errorsBefore = trouble.errors.length;
    await importPartiesCsv(page, 'name\nInitech LLC\n');

    await page.goto(`${collector.url}/dashboard/sites/harbor-vale`);
    const settings = page.getByRole('region', { name: 'Clio Grow' });
    await settings.getByText('Not connected: no Lead Inbox token is stored.').waitFor();
    await settings.getByLabel(/Lead Inbox token/).fill(token);
    await settings.getByRole('checkbox', { name: 'Send new intakes to Clio Grow automatically' }).check();
    await settings.getByRole('button', { name: 'Save Clio Grow' }).click();
    await settings.getByText('Connected: a Lead Inbox token is stored.').waitFor();
    expect(await settings.getByLabel(/Lead Inbox token/).inputValue()).toBe('');
    expect(await page.content()).not.toContain(token);
    await settings.scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await settings.screenshot({ path: join(results, 'clio-grow-settings.png') });

    const clear = await postIntake(collector.url, {
      name: 'Nadia Ferreira',
      email: 'nadia.ferreira@example.com',
      practiceArea: 'family',
      description: 'Custody after the divorce.',
      adverseParties: ['Paulo Ferreira'],
    });
    await expect.poll(() => clio.received.length, { timeout: 30_000 }).toBe(1);
    expect(clio.received[0]?.body).toMatchObject({
      inbox_lead_token: token,
      inbox_lead: { from_first: 'Nadia', from_last: 'Ferreira', from_email: 'nadia.ferreira@example.com' },
    });

    const flagged = await postIntake(collector.url, {
      name: 'Omar Haddad',
      email: 'omar.haddad@example.com',
      practiceArea: 'employment',
      description: 'Dismissed after reporting a safety issue.',
      adverseParties: ['Initech LLC'],
    });
    await page.goto(`${collector.url}/dashboard/inbox`);
    await inboxRow(page, flagged).getByRole('link', { name: flagged, exact: true }).click();
    const panel = page.getByRole('region', { name: 'Clio Grow' });
    await panel.getByText(/a possible conflict\. Nothing is sent automatically/).waitFor();
    expect(clio.received).toHaveLength(1);
    await panel.getByRole('button', { name: 'Clear the conflict check' }).click();
    await panel.getByText(/Conflict check cleared by Maya Lindqvist/).waitFor();
    // The intake's own conflict box follows: it says who cleared it and stops warning.
    const conflictBox = page.getByRole('region', { name: 'Conflict check' });
    await conflictBox.getByText(/Conflict check cleared by Maya Lindqvist/).waitFor();
    expect(await conflictBox.evaluate((box) => box.classList.contains('panel-warning'))).toBe(false);
    await expect.poll(() => clio.received.length, { timeout: 30_000 }).toBe(2);
    expect(clio.received[1]?.body.inbox_lead.from_last).toBe('Haddad');
    await expect
      .poll(
        async () => {
          await panel.getByRole('button', { name: 'Refresh' }).click();
          return panel.getByText('Delivered', { exact: true }).count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    await panel.getByText('Clio Grow answered 201', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'clio-grow-intake.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(results, 'clio-grow-intake-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

    // By hand: the clear intake again.
    await page.goto(`${collector.url}/dashboard/inbox`);
    await inboxRow(page, clear).getByRole('link', { name: clear, exact: true }).click();
    await panel.getByRole('button', { name: 'Send to Clio Grow again' }).click();
    await expect.poll(() => clio.received.length, { timeout: 30_000 }).toBe(3);
    expect(trouble.errors.slice(errorsBefore)).toEqual([]);
    await context.close();
  });
});
