/**
 * Two-factor sign-in (issue 17): TOTP from an authenticator app, ten single-use recovery codes, and a
 * firm-wide requirement. A sign-in whose password was right but still needs its second factor (or, when
 * the firm requires it, needs to set one up) gets a session marked `pending`: it reaches nothing else.
 *
 * @example
 *   secondFactorInput.parse({ code: '123456' });
 *   secondFactorInput.parse({ recoveryCode: 'abcde-fghjk-mnpqr' });
 */
import * as z from 'zod/mini';

/** What a session still lacks: the second factor, or (firm requirement) setting one up. */
export const sessionSteps = ['second-factor', 'two-factor-setup'] as const;
export type SessionStep = (typeof sessionSteps)[number];

/** Six digits; spaces an app shows in the middle ("123 456") are dropped before the check. */
const totpCode = z.pipe(
  z.pipe(
    z.string().check(z.maxLength(20, 'too_long')),
    z.transform((text: string) => text.replace(/\s/g, '')),
  ),
  z.string().check(z.regex(/^\d{6}$/, 'invalid_code')),
);

/** `xxxxx-xxxxx-xxxxx` as shown; case, spaces and dashes do not matter when typed back. */
const recoveryCode = z.pipe(
  z.pipe(
    z.string().check(z.maxLength(40, 'too_long')),
    z.transform((text: string) => text.toLowerCase().replace(/[\s-]/g, '')),
  ),
  z.string().check(z.regex(/^[a-z0-9]{15}$/, 'invalid_code')),
);

/** `POST /api/admin/session/second-factor`: a code from the app, or one recovery code. */
export const secondFactorInput = z.union([z.strictObject({ code: totpCode }), z.strictObject({ recoveryCode })]);
export type SecondFactorInput = z.infer<typeof secondFactorInput>;

/** `POST /api/admin/me/two-factor/confirm`: the first code the app shows for the new secret. */
export const confirmTwoFactorInput = z.strictObject({ code: totpCode });
export type ConfirmTwoFactorInput = z.infer<typeof confirmTwoFactorInput>;

/** Turning it off or getting new recovery codes asks again: a current code, or the password. */
export const reauthenticateInput = z.union([
  z.strictObject({ code: totpCode }),
  z.strictObject({ password: z.string().check(z.minLength(1, 'required'), z.maxLength(256, 'too_long')) }),
]);
export type ReauthenticateInput = z.infer<typeof reauthenticateInput>;

/**
 * `POST /api/admin/me/two-factor/enrolment`: `{}` to set it up; moving to a new app while it is on asks again,
 * like turning it off (a hijacked session must not swap in its own authenticator).
 */
export const startEnrolmentInput = z.union([z.strictObject({}), reauthenticateInput]);
export type StartEnrolmentInput = z.infer<typeof startEnrolmentInput>;

/** `PUT /api/admin/firm/two-factor` (admins): require it of every member. */
export const firmTwoFactorInput = z.strictObject({ required: z.boolean() });
export type FirmTwoFactorInput = z.infer<typeof firmTwoFactorInput>;

/** `GET /api/admin/me/two-factor` and the answer to every change of it. */
export const twoFactorStatus = z.object({
  enabled: z.boolean(),
  enabledAt: z.nullable(z.number()),
  /** Unused recovery codes left (0 when off). */
  recoveryCodesLeft: z.number(),
  /** The firm requires it of every member (admins change it). */
  firmRequires: z.boolean(),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatus>;

/** `POST /api/admin/me/two-factor/enrolment`: a new secret, shown until it is confirmed with a code. */
export const twoFactorEnrolment = z.object({
  /** Base32, for typing into an app that cannot scan. */
  secret: z.string(),
  /** `otpauth://totp/…`: what the QR code holds. */
  uri: z.string(),
  issuer: z.string(),
  account: z.string(),
});
export type TwoFactorEnrolment = z.infer<typeof twoFactorEnrolment>;

/** Recovery codes, shown once (after confirming, and when regenerated). */
export const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()), status: twoFactorStatus });
export type RecoveryCodes = z.infer<typeof recoveryCodes>;
