/**
 * Issue 17, "Questions that fit": an admin adds an Immigration-only question in the site settings; the demo
 * contact form shows it only once Immigration is chosen; the answer reaches the intake detail and the CSV.
 * Axe on the editor, the form and the detail; screenshots of the form on a desktop and a phone.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot } from './support/collector-process.ts';
import { inboxRow, signIn, startDashboardCollector } from './support/dashboard.ts';
import { intakeForm } from './support/intake-form.ts';

let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  [collector, browser] = await Promise.all([startDashboardCollector('intake-questions'), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(repoRoot, 'test-results', `intake-questions-${name}.png`), fullPage: true });

async function addVisaQuestion(page: Page) {
  await page.goto(`${collector.url}/dashboard/sites/harbor-vale`);
  const section = page.getByRole('region', { name: 'Your own questions' });
  await section.waitFor();
  await section.getByRole('button', { name: 'Add a question' }).click();
  const row = section.getByRole('group', { name: 'Question 1' });
  await row.getByLabel('Kind of answer').selectOption('choice');
  await row.getByLabel(/^Question \(English\)/).fill('Visa type');
  await row.getByLabel(/^Question \(Русский\)/).fill('Тип визы');
  await row.getByLabel(/^Question \(中文\)/).fill('签证类型');
  await row.getByLabel('Required when shown').check();
  const options = row.getByRole('group', { name: 'Options' });
  await options
    .getByRole('group', { name: 'Option 1' })
    .getByLabel(/^Option \(English\)/)
    .fill('Work visa');
  await options.getByRole('button', { name: 'Add an option' }).click();
  await options
    .getByRole('group', { name: 'Option 2' })
    .getByLabel(/^Option \(English\)/)
    .fill('Student visa');
  await row.getByRole('checkbox', { name: 'Immigration' }).check();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Site settings saved.').waitFor();
}

describe('questions that fit the matter', () => {
  it('an Immigration-only question: added by the admin, shown only for Immigration, answered, in the detail and CSV', async () => {
    const admin = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(admin, collector.url);
    await addVisaQuestion(admin);
    // Widgets read the config the collector serves (cached a few seconds per process): wait until it has the question.
    await expect
      .poll(async () => JSON.stringify(await (await fetch(`${collector.url}/v1/sites/harbor-vale/config`)).json()), {
        timeout: 20_000,
      })
      .toContain('Visa type');

    const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const visitor = await visitorContext.newPage();
    const trouble = await watchPage(visitor);
    await visitor.goto(`${collector.url}/demo/contact.html`);
    const form = intakeForm(visitor, 'en');
    await form.ready();
    await form.fill({
      name: 'Nadia Okafor',
      email: 'nadia.okafor@example.com',
      practiceArea: 'Family law',
      description: 'My work permit runs out in May and my employer wants to keep me.',
    });
    const visa = form.host.getByRole('group', { name: 'Visa type' });
    // Not for a family matter.
    await form.host.getByRole('radio', { name: 'Either' }).waitFor();
    expect(await visa.count()).toBe(0);
    await form.host
      .getByRole('combobox', { name: /^What do you need help with/ })
      .selectOption({ label: 'Immigration' });
    await visa.waitFor();
    // Required and unanswered: the form says so at the question and puts the focus there.
    await form.waitLikeAPerson();
    await form.submitButton.click();
    await visa.getByText('This field is required.').waitFor();
    expect(
      await visa
        .getByRole('radio', { name: 'Work visa' })
        .evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    await visa.getByRole('radio', { name: 'Work visa' }).check();
    expect(await axeViolations(visitor)).toEqual([]);
    await shot(visitor, 'form-1280');
    const reference = await form.submitAndReadReference();
    expect(trouble.errors).toEqual([]);
    await visitorContext.close();

    // The same form on a phone: the question under Immigration, in one column.
    const phoneContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await phoneContext.newPage();
    await phone.goto(`${collector.url}/demo/contact.html`);
    const small = intakeForm(phone, 'en');
    await small.ready();
    await small.host
      .getByRole('combobox', { name: /^What do you need help with/ })
      .selectOption({ label: 'Immigration' });
    await small.host.getByRole('group', { name: 'Visa type' }).scrollIntoViewIfNeeded();
    expect(await axeViolations(phone)).toEqual([]);
    await shot(phone, 'form-390');
    await phoneContext.close();

    // The firm reads the answer under the question it was asked as.
    await admin.goto(`${collector.url}/dashboard/inbox`);
    const row = inboxRow(admin, reference);
    await row.getByRole('link', { name: reference }).click();
    await admin.getByRole('heading', { name: `Intake ${reference}`, level: 1 }).waitFor();
    const submission = admin.getByRole('region', { name: 'Submission' });
    const answer = submission.locator('.field-row-answer');
    await answer.waitFor();
    expect(await answer.locator('dt').textContent()).toBe('Visa type');
    expect(await answer.locator('dd').textContent()).toBe('Work visa');
    expect(await axeViolations(admin)).toEqual([]);
    await shot(admin, 'detail-1280');

    const csv = await (await admin.request.get(`${collector.url}/api/admin/inbox/export`)).text();
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header?.split(',')).toContain('Visa type');
    const line = lines.find((l) => l.startsWith(`${reference},`)) ?? '';
    expect(line.split(',').at(header?.split(',').indexOf('Visa type') ?? -1)).toBe('Work visa');
  });
});
