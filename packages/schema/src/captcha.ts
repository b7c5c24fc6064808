/**
 * Issue 9: an optional human check on the intake, per site. The public config names the provider and
 * its public site key; the secret stays on the collector. Turnstile binds a token to an action, hCaptcha has none.
 *
 * @example
 *   publicCaptcha.parse({ provider: 'turnstile', siteKey: '0x4AAAAAAA…' });
 */
import * as z from 'zod/mini';

export { captchaAction } from './captcha-action.ts';

export const captchaProviders = ['turnstile', 'hcaptcha'] as const;
export type CaptchaProvider = (typeof captchaProviders)[number];

/** Provider keys are short printable ASCII (Turnstile `0x4AAA…`, hCaptcha a UUID). */
export const captchaKey = z.string().check(z.trim(), z.regex(/^[\x21-\x7e]{1,200}$/, 'invalid_key'));

export const publicCaptcha = z.strictObject({ provider: z.enum(captchaProviders), siteKey: captchaKey });
export type PublicCaptcha = z.infer<typeof publicCaptcha>;

/** The token the provider's widget gives the visitor's browser (Turnstile ≤ 2048 characters, hCaptcha longer). */
export const captchaToken = z.string().check(z.minLength(1), z.maxLength(8192, 'too_long'));
