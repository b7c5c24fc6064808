import { describe, expect, it } from 'vitest';
import { captchaSettingsInput } from './admin/index.ts';
import { intakeSubmission, publicCaptcha } from './index.ts';

const submission = {
  id: '0f8c1c1e-4e2a-4b7a-9a51-2d1f3c4b5a60',
  site: 'harbor-vale',
  fields: { name: 'Ann Lee' },
  disclaimer: { version: 1, accepted: true },
  fillMs: 12_000,
};

describe('human check (issue 9)', () => {
  it('takes an optional token on the intake, not an empty or huge one', () => {
    expect(intakeSubmission.safeParse(submission).success).toBe(true);
    expect(intakeSubmission.safeParse({ ...submission, captcha: 'XXXX.DUMMY.TOKEN' }).success).toBe(true);
    expect(intakeSubmission.safeParse({ ...submission, captcha: '' }).success).toBe(false);
    expect(intakeSubmission.safeParse({ ...submission, captcha: 'x'.repeat(8193) }).success).toBe(false);
  });

  it('names a known provider and a printable site key; admins may leave the secret out', () => {
    expect(publicCaptcha.safeParse({ provider: 'turnstile', siteKey: '1x00000000000000000000AA' }).success).toBe(true);
    expect(publicCaptcha.safeParse({ provider: 'recaptcha', siteKey: 'k' }).success).toBe(false);
    expect(publicCaptcha.safeParse({ provider: 'hcaptcha', siteKey: 'has space' }).success).toBe(false);
    expect(publicCaptcha.safeParse({ provider: 'hcaptcha', siteKey: 'k', secret: 's' }).success).toBe(false);
    expect(captchaSettingsInput.safeParse({ provider: 'turnstile', siteKey: 'k' }).success).toBe(true);
    expect(captchaSettingsInput.safeParse({ provider: 'none' }).success).toBe(true);
  });
});
