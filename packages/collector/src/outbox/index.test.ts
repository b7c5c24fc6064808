import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import {
  buildEmailRow,
  describeError,
  emailTemplates,
  isPermanent,
  messageIdFor,
  parseSmtpUrl,
  renderMessage,
  retryDelay,
} from './index.ts';

describe('outbox building blocks', () => {
  it('retries with exponential backoff and jitter: the first within 30 s, never more than 30 min', () => {
    expect(retryDelay(1, () => 1)).toBeLessThanOrEqual(30_000);
    expect(retryDelay(1, () => 0)).toBeGreaterThan(0);
    expect(retryDelay(2, () => 1)).toBe(2 * retryDelay(1, () => 1));
    expect(retryDelay(40, () => 1)).toBe(30 * 60_000);
    expect(retryDelay(3, () => 0)).toBeLessThan(retryDelay(3, () => 1));
  });

  it('reads an SMTP URL and refuses anything else', () => {
    expect(parseSmtpUrl('smtp://me%40x.example:p%40ss@mail.example:2525?from=a@b.example')).toMatchObject({
      host: 'mail.example',
      port: 2525,
      secure: false,
      user: 'me@x.example',
      password: 'p@ss',
      from: 'a@b.example',
    });
    expect(parseSmtpUrl('smtps://mail.example')).toMatchObject({
      port: 465,
      secure: true,
      from: 'retainer@mail.example',
    });
    expect(() => parseSmtpUrl('https://mail.example')).toThrow();
    expect(() => parseSmtpUrl('not a url')).toThrow();
  });

  it('describes SMTP errors without addresses, and tells permanent from passing ones', () => {
    const refused = { responseCode: 550, code: 'EENVELOPE', response: '550 5.1.1 <ann.lee@example.com>: no such user' };
    expect(describeError(refused)).toBe('EENVELOPE: 550 5.1.1 <…>: no such user');
    expect(describeError({ response: '452 mailbox of ann@example.com full' })).not.toContain('ann@example.com');
    expect(isPermanent(refused)).toBe(true);
    expect(isPermanent({ responseCode: 451 })).toBe(false);
    expect(isPermanent({ code: 'ECONNREFUSED' })).toBe(false);
    expect(isPermanent({ responseCode: 535, code: 'EAUTH' })).toBe(false);
  });

  it('renders every template in every language: text and HTML, no remote images, escaped data', () => {
    const ctx = { firmName: 'Harbor & Vale <LLP>', baseUrl: 'https://retainer.example', site: 'harbor-vale' };
    const data: Record<string, unknown> = {
      'staff-new-intake': {
        intakeId: 'abc',
        reference: 'HV-AB12-CD34',
        practiceArea: 'Family <law>',
        receivedAt: 0,
        dueAt: 3_600_000,
        timeZone: 'America/New_York',
      },
      'intake-acknowledgement': {
        reference: 'HV-AB12-CD34',
        expectAnswerBy: 3_600_000,
        timeZone: 'Europe/Moscow',
        contactPhone: '+1 617 555 0100',
      },
      'test-email': { sentAt: 0 },
      // Issue 15's flows (h15b).
      'intake-reply': { reference: 'HV-AB12-CD34', text: 'See you <Monday>', author: 'Hana <Vale>' },
      'matter-update-notice': {
        kind: 'update',
        reference: 'HV-AB12-CD34',
        statusPage: 'https://harborvale.example/status',
      },
      'password-reset': { link: 'https://retainer.example/dashboard/reset-password#token=abc', expiresAt: 0 },
      'survey-invitation': {
        url: 'https://harborvale.example/feedback#retainer-survey=t',
        measure: 'nps',
        reminder: false,
        unsubscribeToken: 'a.b',
      },
      'staff-alert': {
        kind: 'intake-due',
        reference: 'HV-AB12-CD34',
        path: '/dashboard/intakes/abc',
        dueAt: 3_600_000,
        timeZone: 'America/New_York',
      },
      'weekly-digest': {
        week: '2025-03-03',
        newIntakes: 3,
        medianFirstResponseMs: 5_400_000,
        withinTargetShare: 0.5,
        stages: [{ stage: 'explore', conversion: 0.4 }],
        weakest: { from: 'explore', stage: 'contact', conversion: 0.1 },
        nps: 40,
        npsResponses: 5,
        path: '/dashboard/?site=harbor-vale',
      },
      // Issue 16: an endpoint stopped receiving.
      'webhook-paused': { host: 'hooks.<example>', kind: 'paused', lastError: 'HTTP 500', path: '/dashboard/webhooks' },
    };
    for (const name of Object.keys(emailTemplates)) {
      for (const locale of ['en', 'ru', 'zh'] as const) {
        const { rendered } = renderMessage({ template: name, locale, data: data[name] }, ctx);
        expect(rendered.subject.length).toBeGreaterThan(0);
        expect(rendered.text).toContain('Harbor & Vale <LLP>');
        expect(rendered.html).toContain('Harbor &amp; Vale &lt;LLP&gt;');
        expect(rendered.html).not.toMatch(/<img|<script|src=/i);
        expect(rendered.html).toContain(`lang="${locale}"`);
      }
    }
    expect(() => renderMessage({ template: 'staff-new-intake', locale: 'en', data: { reference: 1 } }, ctx)).toThrow();
    expect(() => renderMessage({ template: 'nope', locale: 'en', data: {} }, ctx)).toThrow();
  });

  it('builds a row with everything personal encrypted and a stable Message-ID', () => {
    const cipher = createFieldCipher(randomBytes(32));
    const row = buildEmailRow(
      {
        site: 'harbor-vale',
        template: 'test-email',
        locale: 'en',
        to: 'ann.lee@example.com',
        data: { sentAt: 1 },
        reason: 'settings.test',
        notBefore: 5000,
      },
      { cipher, now: 1000, baseUrl: 'https://retainer.example/', firmName: 'Harbor' },
    );
    expect(JSON.stringify(row)).not.toContain('ann.lee');
    expect(row.message_id).toBe(messageIdFor(row.id, 'https://retainer.example'));
    expect(row.message_id).toBe(`<${row.id}@retainer.example>`);
    expect(row).toMatchObject({ state: 'queued', attempts: 0, next_attempt_at: 5000, created_at: 1000 });
  });
});
