/**
 * Issue 15's email flows end to end, with the collector started with RETAINER_SMTP_URL pointing at a real SMTP
 * server in this test process (smtp-server + mailparser): forgot password round trip from the sign-in screen, and a
 * staff reply from the intake detail reaching the prospect's mailbox with the clock showing first contact.
 * axe-core clean on the new screens.
 */
import { join } from 'node:path';
import { type Mailbox, startMailbox } from '@retainer/collector/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot, startCollector } from './support/collector-process.ts';
import { firstAdmin, inboxRow, postIntake, signIn } from './support/dashboard.ts';

let browser: Browser;
let collector: RunningCollector;
let mailbox: Mailbox;

/** The mail the collector's delivery worker sends arrives when it does: wait for it, then read it. */
async function mailTo(address: string, subject: RegExp) {
  for (let i = 0; i < 600; i++) {
    const found = mailbox.to(address).find((m) => subject.test(m.subject ?? ''));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${address} matching ${subject}`);
}

beforeAll(async () => {
  mailbox = await startMailbox();
  collector = await startCollector({
    logFile: join(repoRoot, 'test-results', 'messaging-collector.log'),
    env: {
      RETAINER_ADMIN_EMAIL: firstAdmin.email,
      RETAINER_ADMIN_PASSWORD: firstAdmin.password,
      RETAINER_ADMIN_NAME: firstAdmin.name,
      RETAINER_FIRM_NAME: firstAdmin.firmName,
      RETAINER_SMTP_URL: mailbox.url,
    },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
  await collector?.removeData();
  await mailbox?.close();
});

describe('email flows (issue 15)', () => {
  it('replies to a prospect from the intake: the mailbox gets it and the clock shows first contact', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const trouble = await watchPage(page);
    const reference = await postIntake(collector.url, {
      name: 'CANARY Prospect',
      email: 'prospect@example.com',
      practiceArea: 'family',
      description: 'CANARY-DESCRIPTION custody question',
      contactMethod: 'email',
    });
    // With RETAINER_SMTP_URL set, the intake's own messages arrive: the staff alert and the acknowledgement,
    // each with the reference and none of what the prospect wrote.
    const alert = await mailTo(firstAdmin.email, new RegExp(`^New intake ${reference}$`));
    const ack = await mailTo('prospect@example.com', new RegExp(`^We received your request \\(${reference}\\)$`));
    for (const message of [alert, ack]) expect(`${message.text}${message.html}`).not.toContain('CANARY');
    await signIn(page, collector.url);
    await inboxRow(page, reference).getByRole('link', { name: reference, exact: true }).click();
    const replies = page.getByRole('region', { name: 'Replies by email' });
    await replies.waitFor();
    await replies.getByLabel('Reply to the prospect').fill('Thank you. Could we call you tomorrow at 10?');
    await replies.getByRole('button', { name: 'Send reply' }).click();
    await replies.getByText('Thank you. Could we call you tomorrow at 10?').waitFor();
    await page.getByText('Contacted').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const mail = await mailTo('prospect@example.com', /^Re: your request/);
    expect(mail.subject).toBe(`Re: your request ${reference}`);
    expect(mail.text).toContain('Could we call you tomorrow at 10?');
    expect(`${mail.text}${mail.html}`).not.toContain('CANARY');
    // A signed-out page asks for its session first (401): expected, not trouble.
    expect(trouble.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    expect(await trouble.cspViolations()).toEqual([]);
    await page.close();
  });

  it('emails an opted-in client that their matter has an update, and shows staff replies in the tracker', async () => {
    const staff = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(staff, collector.url);
    const { csrfToken } = (await (await staff.request.get(`${collector.url}/api/admin/session`)).json()) as {
      csrfToken: string;
    };
    const headers = { 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const created = await staff.request.post(`${collector.url}/api/admin/matters`, {
      headers,
      data: { site: 'harbor-vale', clientName: 'Ann Lee', clientEmail: 'client@example.com', practiceArea: 'family' },
    });
    expect(created.status()).toBe(201);
    const { matter, accessCode } = (await created.json()) as {
      matter: { id: string; reference: string };
      accessCode: string;
    };

    const client = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const lookUp = async () => {
      await client.goto(`${collector.url}/demo/case-status.html`);
      const host = client.locator('retainer-status');
      await host.getByLabel('Matter reference').fill(matter.reference);
      await host.getByLabel('Access code').fill(accessCode);
      await host.getByRole('button', { name: 'Show my matter' }).click();
      await host.getByRole('heading', { name: `Matter ${matter.reference}` }).waitFor();
      return host;
    };
    let tracker = await lookUp();
    await tracker.getByLabel('Email me when this matter has an update').check();
    await tracker.getByText('We will email you when there is an update.').waitFor();
    expect(await axeViolations(client)).toEqual([]);

    const update = await staff.request.post(`${collector.url}/api/admin/matters/${matter.id}/updates`, {
      headers,
      data: { text: 'CANARY-UPDATE: the hearing is set' },
    });
    expect(update.status()).toBe(201);
    const notice = await mailTo('client@example.com', /^There is an update on your matter/);
    expect(notice.text).toContain('/demo/case-status.html');
    expect(`${notice.text}${notice.html}`).not.toContain('CANARY');

    // The client writes; staff reply from the matter page; the tracker shows the thread.
    await tracker.getByLabel('Message your lawyer').fill('Can I bring my documents on Friday?');
    await tracker.getByRole('button', { name: 'Send message' }).click();
    await tracker.getByText('Message sent.', { exact: false }).waitFor();
    await staff.goto(`${collector.url}/dashboard/matters/${matter.id}`);
    const replies = staff.getByRole('region', { name: 'Replies to the client' });
    await replies.getByLabel('Reply to the client').fill('Yes, bring them at 10:00.');
    await replies.getByRole('button', { name: 'Send reply' }).click();
    await replies.getByText('Yes, bring them at 10:00.').waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    tracker = await lookUp();
    const thread = tracker.locator('[part=thread]');
    await thread.getByText('Can I bring my documents on Friday?').waitFor();
    await thread.getByText('Yes, bring them at 10:00.').waitFor();
    await mailTo('client@example.com', /^You have a reply on your matter/);
    await client.close();
    await staff.close();
  });

  it('resets a forgotten password by email, once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The first admin is created once the demo data is in: sign in once (it retries until then), then sign out.
    await signIn(page, collector.url);
    await page.context().clearCookies();
    const trouble = await watchPage(page);
    await page.goto(`${collector.url}/dashboard/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Email' }).fill(firstAdmin.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(/If an account uses this address/).waitFor();

    const mail = await mailTo(firstAdmin.email, /^Reset your Retainer password/);
    const link = /https?:\/\/\S+\/dashboard\/reset-password#token=[\w-]+/.exec(mail.text ?? '')?.[0];
    expect(link).toBeDefined();
    await page.goto(link!);
    await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await page.getByLabel('New password').fill('a fresh tidal passphrase');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Repeat the password').fill('a fresh tidal passphrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText(/Your password is changed/).waitFor();
    expect(new URL(page.url()).hash).toBe('');

    // The link works once (from another page: the same address with only a new fragment would not reload).
    await page.goto('about:blank');
    await page.goto(link!);
    await page.getByText(/expired or was already used/).waitFor();
    // The new password signs in.
    await page.goto(`${collector.url}/dashboard/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(firstAdmin.email);
    await page.getByLabel('Password').fill('a fresh tidal passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Client journey', level: 1 }).waitFor();
    // A signed-out page asks for its session first (401): expected, not trouble.
    expect(trouble.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    expect(await trouble.cspViolations()).toEqual([]);
    await page.close();
  });
});
