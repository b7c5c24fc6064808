/**
 * The client survey end to end: staff create an invitation in the dashboard, the client opens its
 * link on the demo "Your feedback" page on a phone (the token leaves the address bar), answers with a
 * detractor score and a comment, is thanked with the review links; the link then says "already
 * answered"; the dashboard counts the answer and puts the client in the follow-up queue, where staff
 * close it. axe-core clean. Screenshots: test-results/survey-*.png.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import { firstAdmin, startDashboardCollector } from './support/dashboard.ts';

const shot = (name: string) => join(repoRoot, 'test-results', `survey-${name}.png`);
const client = 'Grace Okonkwo';

let browser: Browser;
let collector: RunningCollector;
beforeAll(async () => {
  collector = await startDashboardCollector('survey');
  browser = await launchChromium();
  // The first admin is created after the demo seed, a moment after the collector answers: wait for it.
  const signInWorks = async () =>
    (
      await fetch(`${collector.url}/api/admin/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: firstAdmin.email, password: firstAdmin.password }),
      })
    ).status === 200;
  for (let i = 0; i < 60 && !(await signInWorks()); i++) await new Promise((r) => setTimeout(r, 500));
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
  await collector?.removeData();
});

/** "12 promoters, 3 detractors of 20 answers" → 3 */
async function detractors(staff: Page): Promise<number> {
  const note = staff.locator('[data-figure="nps"] .stat-note').nth(1);
  await note.waitFor();
  return Number(/(\d+) detractors/.exec((await note.textContent()) ?? '')?.[1]);
}

describe('the client survey', () => {
  it('goes from an invitation to an answer, a number in the dashboard and a follow-up', async () => {
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const staff = await desk.newPage();
    const staffTrouble = await watchPage(staff);
    // Straight to the survey: sign-in sends staff back where they were going.
    await staff.goto(`${collector.url}/dashboard/survey`);
    await staff.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await staff.getByRole('textbox', { name: 'Email' }).fill(firstAdmin.email);
    await staff.getByLabel('Password').fill(firstAdmin.password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'Client survey', level: 1 }).waitFor({ timeout: 30_000 });
    expect(await staff.getByRole('link', { name: 'Survey' }).getAttribute('aria-current')).toBe('page');
    // The seeded history: real-looking numbers on first start.
    const before = await detractors(staff);
    expect(before).toBeGreaterThan(5);
    await staff.locator('.survey-charts canvas').first().waitFor();
    await staff.screenshot({ path: shot('results-desktop') });
    await staff.locator('.survey-charts').scrollIntoViewIfNeeded();
    await staff.screenshot({ path: shot('results-charts-desktop') });
    await staff.getByRole('heading', { name: 'By lawyer' }).scrollIntoViewIfNeeded();
    await staff.screenshot({ path: shot('results-tables-desktop') });
    expect(await axeViolations(staff)).toEqual([]);

    await staff.getByRole('link', { name: 'Invitations' }).click();
    await staff.getByLabel(/Client name/).fill(client);
    await staff.locator('#survey-invite-moment').selectOption('end');
    await staff.locator('#survey-invite-area').selectOption('employment');
    await staff.getByRole('button', { name: 'Create link' }).click();
    const url = (await staff.locator('.survey-issued .survey-link-url').textContent()) ?? '';
    expect(url).toMatch(/\/demo\/feedback\.html#retainer-survey=[A-Za-z0-9_-]{43}$/);
    const row = staff.getByRole('row').filter({ hasText: client });
    await row.getByText('Created').waitFor();
    expect(await axeViolations(staff)).toEqual([]);

    // The client, on a phone.
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const page = await phone.newPage();
    const trouble = await watchPage(page);
    await page.goto(url);
    const survey = page.locator('retainer-survey');
    const dialog = survey.getByRole('dialog');
    await dialog.waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).hash).toBe('');
    await dialog.getByText('How likely are you to recommend Harbor & Vale LLP').waitFor();
    await page.screenshot({ path: shot('question-phone') });
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await dialog.getByRole('radio', { name: '2', exact: true }).check();
    await dialog.getByLabel(/main reason/).fill('Nobody told me the hearing had moved.');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.getByRole('heading', { name: 'Thank you for your answer.' }).waitFor();
    await dialog.getByRole('link', { name: /Review us on Google/ }).waitFor();
    await dialog.getByRole('link', { name: /Call \+1 617 555 0142/ }).waitFor();
    await page.screenshot({ path: shot('thanks-phone') });
    expect(await axeViolations(page)).toEqual([]);
    // Escape closes the dialog.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await trouble.cspViolations()).toEqual([]);
    expect(trouble.errors).toEqual([]);

    // The same link again: already answered.
    const again = await phone.newPage();
    await again.goto(url);
    await again
      .locator('retainer-survey')
      .getByRole('heading', { name: 'Thank you, you have already answered this survey.' })
      .waitFor({ timeout: 30_000 });
    await phone.close();

    // Counted in the dashboard, and waiting in the follow-up queue.
    await staff.reload();
    await row.getByText('Answered').waitFor();
    await staff.getByRole('link', { name: 'Results' }).click();
    await expect.poll(() => detractors(staff)).toBe(before + 1);
    await staff.getByRole('link', { name: 'Follow-up queue' }).click();
    const item = staff.locator('li.survey-follow-up').filter({ hasText: client });
    await item.getByText('Nobody told me the hearing had moved.').waitFor();
    await item.getByLabel('Assigned to').selectOption({ label: 'Maya Lindqvist' });
    await item.getByLabel('What was done').fill('Called Grace; apologised and set up weekly updates.');
    await staff.screenshot({ path: shot('queue-desktop'), fullPage: true });
    expect(await axeViolations(staff)).toEqual([]);
    await item.getByRole('button', { name: 'Close follow-up' }).click();
    await item.getByText(/^Followed up in/).waitFor();
    expect(staffTrouble.errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
    await desk.close();
  });

  // Issue 14, defect 6: the answer to "How would you rate {lawyer}?" is shown per lawyer on the Survey page.
  it('shows how clients rate each lawyer, with a new rating counted', async () => {
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const staff = await desk.newPage();
    const staffTrouble = await watchPage(staff);
    await staff.goto(`${collector.url}/dashboard/survey`);
    await staff.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await staff.getByRole('textbox', { name: 'Email' }).fill(firstAdmin.email);
    await staff.getByLabel('Password').fill(firstAdmin.password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    const section = staff.locator('section').filter({
      has: staff.getByRole('heading', { name: 'How clients rate each lawyer' }),
    });
    await section.waitFor({ timeout: 30_000 });
    const hart = section.getByRole('row').filter({ has: staff.getByRole('rowheader', { name: 'Eleanor Hart' }) });
    /** "3 of 4 answers rated the lawyer" and the "Gave 5" cell of Eleanor Hart's row. */
    const hartCounts = async () => {
      const cells = await hart.locator('td').allInnerTexts();
      const [, rated, asked] = /(\d+) of (\d+) answers/.exec(cells.at(-1) ?? '') ?? [];
      return { rated: Number(rated), asked: Number(asked), gaveFive: Number(cells[5]) };
    };
    const before = await hartCounts();
    // The seeded history rates every demo lawyer.
    expect(before.rated).toBeGreaterThan(0);
    expect(await section.getByRole('rowheader').count()).toBeGreaterThanOrEqual(5);
    await section.scrollIntoViewIfNeeded();
    await staff.screenshot({ path: shot('lawyer-ratings-desktop') });
    expect(await axeViolations(staff)).toEqual([]);

    await staff.getByRole('link', { name: 'Invitations' }).click();
    await staff.getByLabel(/Client name/).fill('Priya Raman');
    await staff.locator('#survey-invite-moment').selectOption('end');
    await staff.locator('#survey-invite-lawyer').selectOption({ label: 'Eleanor Hart' });
    await staff.getByRole('button', { name: 'Create link' }).click();
    const url = (await staff.locator('.survey-issued .survey-link-url').textContent()) ?? '';
    expect(url).toMatch(/#retainer-survey=[A-Za-z0-9_-]{43}$/);

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(url);
    const dialog = page.locator('retainer-survey').getByRole('dialog');
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByRole('radio', { name: '9', exact: true }).check();
    const aboutHart = dialog.getByRole('group', { name: 'How would you rate Eleanor Hart?' });
    await aboutHart.getByRole('radio', { name: '5 – Excellent' }).check();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.getByRole('heading', { name: 'Thank you for your answer.' }).waitFor();
    await phone.close();

    await staff.getByRole('link', { name: 'Results' }).click();
    await section.waitFor();
    await expect
      .poll(hartCounts, { timeout: 30_000 })
      .toEqual({ rated: before.rated + 1, asked: before.asked + 1, gaveFive: before.gaveFive + 1 });
    await section.scrollIntoViewIfNeeded();
    await staff.screenshot({ path: shot('lawyer-ratings-after-desktop') });
    expect(staffTrouble.errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
    await desk.close();
  });
});
