/**
 * Issue 3, the firm's side: a prospect names an adverse party on the demo contact page; the admin
 * signs in, imports the firm's party list (the same party, written differently) through the
 * dashboard, sees the conflict flag naming the imported record, and takes the intake from `new`
 * to `contacted` to `retained`. axe-core checks the inbox and detail views; screenshots of both
 * go to test-results/ for a person to look at.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import {
  firstAdmin,
  importPartiesCsv,
  inboxRow,
  postIntake,
  signIn,
  startDashboardCollector,
} from './support/dashboard.ts';
import { intakeForm } from './support/intake-form.ts';

const results = join(repoRoot, 'test-results');

/** As the prospect typed it: accents, the firm's usual word order, an `LLC`. */
const adverseAsSubmitted = 'Keller Ångström Logistics LLC';
/** As the firm's records spell the same company: reordered, no accents, `Inc.` and a comma. */
const adverseOnRecord = 'Angstrom Keller Logistics, Inc.';
const partiesCsv = [
  'name,kind',
  `"${adverseOnRecord}",adverse`,
  'Northwind Traders Ltd,client',
  // Shares two of the three words, but is another company: must not match.
  'Keller Logistics GmbH,adverse',
  'Priya Raman,client',
  '',
].join('\r\n');

/** The inbox row's flag: a decorative ⚑ (hidden from screen readers) and the word. */
const conflictBadge = /^⚑?\s*Conflict$/;

let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  [collector, browser] = await Promise.all([startDashboardCollector('dashboard-journey'), launchChromium()]);
  // Other submissions, so the inbox looks like one: a long name and text, and a Chinese name.
  await postIntake(collector.url, {
    name: 'Alexandra Konstantinopoulou-Richardson',
    email: 'alexandra.kr@example.com',
    practiceArea: 'estate-planning',
    description: 'My late father left two wills, and the executor named in the later one has not been in touch.',
  });
  await postIntake(collector.url, {
    name: '王小明',
    email: 'xiaoming.wang@example.com',
    practiceArea: 'immigration',
    description: '工作签证续签被拒，需要咨询。',
  });
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
});

describe('the intake inbox, from a submission to a retained client', () => {
  it('flags the imported adverse party and moves the intake from new to contacted to retained', async () => {
    // The prospect, on the firm's contact page.
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${collector.url}/demo/contact.html`);
    const form = intakeForm(visitor, 'en');
    await form.ready();
    const prospect = 'Daniel Okafor';
    await form.fill({
      name: prospect,
      email: 'daniel.okafor@example.com',
      phone: '+1 617 555 0131',
      practiceArea: 'Employment',
      description: 'I was let go two weeks after reporting unpaid overtime. I have the emails.',
      adverseParties: [adverseAsSubmitted],
    });
    const reference = await form.submitAndReadReference();
    await visitor.close();

    // The firm's admin.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await signIn(page, collector.url);
    // Asking for the session before signing in is a 401 the console reports; only errors after it count.
    const errorsBefore = trouble.errors.length;

    const row = inboxRow(page, reference);
    await row.getByText(prospect, { exact: true }).waitFor();
    expect(await row.getByText('New', { exact: true }).count()).toBe(1);
    expect(await row.getByText(conflictBadge).count()).toBe(0);

    // The firm's list of clients and adverse parties, uploaded through the dashboard (axe checks the dialog too).
    await page.getByRole('button', { name: 'Import parties…' }).click();
    await page.getByRole('dialog', { name: 'Import parties' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await importPartiesCsv(page, partiesCsv)).toBe('Imported 4 names.');

    // The inbox reloads after the import: the intake now carries a conflict flag.
    await row.getByText(conflictBadge).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'dashboard-inbox-1280x800.png'), fullPage: true });

    // Its detail names the matching record and where it came from.
    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Intake ${reference}`, level: 1 }).waitFor();
    const conflicts = page.getByRole('region', { name: /Conflict check/ });
    await conflicts.getByText('1 name matches the party index.').waitFor();
    // One flag: "Keller Logistics GmbH" shares two of the words but is another company.
    const flags = conflicts.getByRole('listitem');
    expect(await flags.count()).toBe(1);
    // textContent, not innerText: the role label is upper-cased by CSS, and `<q>` adds its quotes in CSS.
    const flag = ((await flags.first().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(flag).toContain(`Adverse party ${adverseAsSubmitted} matches ${adverseOnRecord}`);
    expect(flag).toContain('adverse party · imported list');
    expect(await page.getByRole('region', { name: 'Submission' }).getByText(adverseAsSubmitted).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'dashboard-detail-1280x800.png'), fullPage: true });

    // First contact.
    await changeState(page, 'Mark contacted', 'Contacted');
    await backToInbox(page);
    await row.getByText('Contacted', { exact: true }).waitFor();
    expect(await row.textContent()).toMatch(/answered in/);

    // Retained.
    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Intake ${reference}`, level: 1 }).waitFor();
    await changeState(page, 'Mark retained', 'Retained');
    // A retained intake is closed: no further moves are offered.
    await page.getByText('This intake is closed; its state cannot change.').waitFor();
    const history = page.getByRole('region', { name: 'History' });
    const entries = await history.getByRole('listitem').allTextContents();
    expect(entries.map((entry) => entry.split(' · ').slice(0, 2).join(' · '))).toEqual([
      `New → Contacted · ${firstAdmin.name}`,
      `Contacted → Retained · ${firstAdmin.name}`,
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await backToInbox(page);
    await row.getByText('Retained', { exact: true }).waitFor();
    // Still flagged: retaining does not make the conflict go away.
    expect(await row.getByText(conflictBadge).count()).toBe(1);

    // A tablet in portrait.
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.getByRole('heading', { name: 'Intake inbox', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'dashboard-inbox-820x1180.png'), fullPage: true });

    expect(await trouble.cspViolations()).toEqual([]);
    expect(trouble.errors.slice(errorsBefore)).toEqual([]);
    await context.close();
  });
});

/** Clicks a state action on the detail view and waits for the collector's answer to show. */
async function changeState(page: Page, action: string, state: string): Promise<void> {
  const actions = page.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: action }).click();
  await page.locator('.header-badges').getByText(state, { exact: true }).waitFor();
}

async function backToInbox(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Back to inbox' }).click();
  await page.getByRole('heading', { name: 'Intake inbox', level: 1 }).waitFor();
}
