/**
 * A site's human check on the intake (issue 9), as an admin sets it. The secret goes in and never comes
 * back out: reads say only whether one is stored.
 */
import * as z from 'zod/mini';
import { captchaKey, captchaProviders } from '../captcha.ts';

export const captchaSettings = z.strictObject({
  provider: z.enum(['none', ...captchaProviders]),
  /** The provider's public site key (empty with `none`). */
  siteKey: z.string(),
  /** Whether a secret is stored; the secret itself is never returned. */
  secretSet: z.boolean(),
});
export type CaptchaSettings = z.infer<typeof captchaSettings>;

export const captchaSettingsInput = z.strictObject({
  provider: z.enum(['none', ...captchaProviders]),
  siteKey: z.optional(z.union([z.literal(''), captchaKey])),
  /** Omitted or empty: keep the stored secret (required when none is stored for this provider). */
  secret: z.optional(z.union([z.literal(''), captchaKey])),
});
export type CaptchaSettingsInput = z.infer<typeof captchaSettingsInput>;
