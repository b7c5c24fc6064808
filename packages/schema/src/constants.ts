/**
 * The plain values of the contract: no zod here, so widgets can import them
 * without shipping a validator (the package is marked side-effect free, so
 * unused schema modules drop out of widget bundles).
 *
 * @example
 *   import { languages, problemTypes } from '@retainer/schema';
 */

/** Languages every widget ships messages for; adding one means adding one message file in core and in each widget. */
export const languages = ['en', 'ru', 'zh'] as const;

/** The eight journey stages, in order (DESIGN.md, "The client journey"). */
export const journeyStages = [
  'discover',
  'explore',
  'contact',
  'decide',
  'service',
  'payment',
  'feedback',
  'return',
] as const;

export const maxEventsPerBatch = 50;

/** A site slug as used in script tags (`data-site="harbor-vale"`); practice areas use the same form. */
export const siteIdPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** The intake fields a firm can show, in the order the form shows them. */
export const intakeFieldNames = [
  'name',
  'email',
  'phone',
  'contactMethod',
  'practiceArea',
  'jurisdiction',
  'description',
  'adverseParties',
  'relatedParties',
  'deadline',
  'referral',
] as const;

export const contactMethods = ['email', 'phone', 'either'] as const;

/** The longest message a client may send their lawyer through the status tracker (issue 7). */
export const maxStatusMessageLength = 2000;

/**
 * The problem types a widget switches on, also on their own: a widget imports these, so the other URNs of
 * `problemTypes` stay out of every visitor's bytes (issue 18; a bundler keeps a used object whole).
 */
export const validationProblem = 'urn:retainer:problem:validation';
export const disclaimerOutdatedProblem = 'urn:retainer:problem:disclaimer-outdated';
export const captchaFailedProblem = 'urn:retainer:problem:captcha-failed';

export const problemTypes = {
  validation: validationProblem,
  malformedJson: 'urn:retainer:problem:malformed-json',
  /** The HTTP request itself could not be read (a body longer than its Content-Length, a broken header). */
  malformedRequest: 'urn:retainer:problem:malformed-request',
  payloadTooLarge: 'urn:retainer:problem:payload-too-large',
  unsupportedMediaType: 'urn:retainer:problem:unsupported-media-type',
  unknownSite: 'urn:retainer:problem:unknown-site',
  notFound: 'urn:retainer:problem:not-found',
  idempotencyConflict: 'urn:retainer:problem:idempotency-conflict',
  disclaimerOutdated: disclaimerOutdatedProblem,
  automated: 'urn:retainer:problem:automated-submission',
  forbiddenOrigin: 'urn:retainer:problem:forbidden-origin',
  methodNotAllowed: 'urn:retainer:problem:method-not-allowed',
  rateLimited: 'urn:retainer:problem:rate-limited',
  unavailable: 'urn:retainer:problem:unavailable',
  /** Dashboard (admin API): no or expired session. */
  unauthenticated: 'urn:retainer:problem:unauthenticated',
  /** Sign-in: unknown email or wrong password (one answer for both). */
  invalidCredentials: 'urn:retainer:problem:invalid-credentials',
  /** A state-changing admin request without the session's X-CSRF-Token. */
  csrf: 'urn:retainer:problem:csrf',
  /** Staff calling an admin-only route. */
  forbidden: 'urn:retainer:problem:forbidden',
  /** Setup or invitation token wrong, used or expired. */
  invalidToken: 'urn:retainer:problem:invalid-token',
  /** An intake state change not allowed from its current state. */
  invalidTransition: 'urn:retainer:problem:invalid-transition',
  /** The resource exists already (an account's email, a site id). */
  conflict: 'urn:retainer:problem:conflict',
  internal: 'urn:retainer:problem:internal',
  /** Status tracker (issue 7): unknown reference or wrong access code (one answer for both). */
  statusLookupFailed: 'urn:retainer:problem:status-lookup-failed',
  /** Status tracker: no longer sent — matters never lock (issue 14); kept so older widgets still read it. */
  statusLocked: 'urn:retainer:problem:status-locked',
  /** Survey (issue 6): unknown, expired or another site's invitation token (one type for all). */
  surveyTokenInvalid: 'urn:retainer:problem:survey-token-invalid',
  /** Survey: this token has answered already, with other answers. */
  surveyAnswered: 'urn:retainer:problem:survey-already-answered',
  /** Intake (issue 9): the site requires a human check and the token is missing, refused, used or for another page. */
  captchaFailed: captchaFailedProblem,
  /** Intake: the human-check provider could not be asked; nothing was stored, try again after Retry-After. */
  captchaUnavailable: 'urn:retainer:problem:captcha-unavailable',
  /** Team (issue 17): the firm's last admin can be neither removed nor made staff. */
  lastAdmin: 'urn:retainer:problem:last-admin',
  /** Intake to matter (issue 17): this intake has its matter already (`matterId` names it). */
  matterExists: 'urn:retainer:problem:matter-exists',
  /** Intake to matter: only a retained intake becomes a matter. */
  intakeNotRetained: 'urn:retainer:problem:intake-not-retained',
  /** Two-factor (issue 17): the code is wrong, expired or used already (a recovery code works once). */
  invalidCode: 'urn:retainer:problem:invalid-code',
  /** Two-factor: the session still needs its second factor; nothing else answers until then. */
  secondFactorRequired: 'urn:retainer:problem:second-factor-required',
  /** Two-factor: the firm requires it and this member has not set it up; only enrolment answers. */
  twoFactorSetupRequired: 'urn:retainer:problem:two-factor-setup-required',
  /** Admin API keys (issue 16): unknown, malformed or revoked bearer key (one type for all). */
  invalidApiKey: 'urn:retainer:problem:invalid-api-key',
  /** Admin API keys: a read-only key on a non-GET route, or any key on key, team or session management. */
  apiKeyScope: 'urn:retainer:problem:api-key-scope',
} as const;

/** Picks the text for `lang`, falling back to English. */
export function pickText(
  text: { en: string; ru?: string | undefined; zh?: string | undefined },
  lang: (typeof languages)[number],
): string {
  return text[lang] || text.en;
}
