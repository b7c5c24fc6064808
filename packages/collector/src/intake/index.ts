/**
 * `POST /v1/intake`: validates a submission against the schema and the site's rules,
 * encrypts its personal fields and stores it exactly once. A retry with the same id
 * and body gets the stored receipt again; the same id with another body is a 422.
 *
 * @example
 *   app.post('/v1/intake', submitIntake({ storage, sites, cipher }));
 */
import {
  type IntakeReceipt,
  type IntakeSubmission,
  intakeAnswerIssues,
  intakeFieldIssues,
  intakeSubmission,
  problemTypes,
} from '@retainer/schema';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { readJsonBody } from '../body/index.ts';
import { type CaptchaOptions, createCaptchaCheck } from '../captcha/index.ts';
import { autoPushFirm, clioPushRow, conflictCheckOf, leadFor } from '../clio-grow/index.ts';
import { corsHeaders, grantOrigin } from '../cors/index.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { ProblemError } from '../errors/index.ts';
import { parseInput } from '../http/read-body.ts';
import { type IntakeMessagePlan, intakeMessageRows, planIntakeMessages } from '../outbox/intake-messages.ts';
import type { Outbox } from '../outbox/outbox.ts';
import { emailIndex } from '../people/email-index.ts';
import { enforceRateLimitsInOrder, type RateRule } from '../rate-limit/index.ts';
import { jsonResponse } from '../respond.ts';
import type { CachedSite, SiteCache } from '../sites/site-cache.ts';
import type { Storage } from '../storage/open-storage.ts';
import type { IntakeRow, NewIntakeRow } from '../storage/tables.ts';
import { intakeWebhookRows, planIntakeWebhooks } from '../webhooks/intake-events.ts';
import { encryptAnswers } from './custom-answers.ts';
import { encryptPersonalFields, nonPersonalFields } from './personal-fields.ts';
import { newReference } from './reference.ts';
import { requestHash } from './request-hash.ts';
import { isReturningClient, returnEvent } from './returning-client.ts';

export type IntakeOptions = {
  storage: Storage;
  sites: SiteCache;
  cipher: FieldCipher;
  now?: () => number;
  /** New submissions per site (a retry of a stored one is not counted). */
  perSite?: RateRule;
  /** The address's limit a valid new submission is counted against, before the site's; see rate-limit/public-limits.ts. */
  perAddress?: (c: Context<AppEnv>) => { key: string; rule: RateRule };
  /** The human check of sites that ask for one (issue 9). */
  captcha?: CaptchaOptions | undefined;
  /** Staff alerts and the acknowledgement, written with the intake (issue 15); absent: none. */
  outbox?: Outbox | undefined;
};

/** A reference collision is ~1e-12 per submission; three tries is plenty. */
const referenceAttempts = 3;

export function submitIntake({
  storage,
  sites,
  cipher,
  now = Date.now,
  perSite,
  perAddress,
  captcha,
  outbox,
}: IntakeOptions) {
  const checkCaptcha = createCaptchaCheck({ db: storage.db, cipher, now, ...captcha });
  const replay = (c: Context<AppEnv>, row: IntakeRow, hash: string) => {
    if (row.request_hash !== hash) throw new ProblemError(422, problemTypes.idempotencyConflict);
    return jsonResponse(201, JSON.parse(row.response), corsHeaders(c));
  };

  return async function handleIntake(c: Context<AppEnv>): Promise<Response> {
    const json = await readJsonBody(c);
    // Read, then parsed: the request hash below is of the body as sent.
    const submission = parseInput(intakeSubmission, json);
    const site = await sites.get(submission.site);
    if (!site)
      throw new ProblemError(422, problemTypes.unknownSite, { errors: [{ path: 'site', code: 'unknown_site' }] });
    grantOrigin(c, [site]);

    // The human-check token is single use, so a retry carries a new one: it is not part of what is compared.
    const { captcha: _token, ...compared } = json as Record<string, unknown>;
    const hash = requestHash(compared);
    // Answer a retry from what was stored, even if the site's rules changed since (and with no new human check).
    const existing = await storage.findIntake(submission.id);
    if (existing) return replay(c, existing, hash);
    checkSiteRules(site, submission);
    // Before the site's quota: requests without a valid token must not use it up.
    await checkCaptcha(site, submission.captcha);
    // Counted only now — a valid, new submission — so junk and retries never use up a quota or a disk write.
    // The site's quota is counted only while the address is within its own; both in one group-commit batch.
    const limits = [
      ...(perAddress ? [perAddress(c)] : []),
      ...(perSite ? [{ key: `intake:site:${site.id}`, rule: perSite }] : []),
    ];
    if (limits.length > 0) await enforceRateLimitsInOrder(storage, limits, now());
    const contentIndexes = cipher.blindIndexes('intake-content', canonicalJson(submission.fields));
    const contentIndex = contentIndexes[0]!;
    const spam = await spamSignal(storage, site, submission, contentIndexes, now());
    // Suspected spam alerts nobody and mails nobody: a bot must not make the firm write to a stranger.
    const practiceArea = submission.fields.practiceArea || null;
    const plan = outbox && !spam ? await planIntakeMessages(storage.db, site, practiceArea) : undefined;
    // Issue 16: with Clio Grow's `auto` on, the lead goes with the intake only when its conflict check is clear.
    const clioFirm = outbox && !spam ? await autoPushFirm(storage.db, site.id) : undefined;
    const toClio =
      clioFirm !== undefined &&
      (await conflictCheckOf(storage.db, cipher, clioFirm, { id: submission.id, fields: submission.fields })).check ===
        'clear';
    // Issue 16: the site's webhook endpoints, where the visitor came from and the conflict check, read once.
    const hooks = outbox && !spam ? await planIntakeWebhooks(storage.db, cipher, site.id, submission) : undefined;

    for (let attempt = 0; attempt < referenceAttempts; attempt++) {
      const { row, receipt } = buildIntake(cipher, site, submission, hash, now());
      row.content_index = contentIndex;
      if (spam) {
        // Kept in the inbox's Spam folder, never deleted; the sender gets the usual receipt and learns nothing.
        row.state = 'spam';
        row.details = JSON.stringify({ ...JSON.parse(row.details), spam });
      }
      let messages = outbox && plan ? intakeMessages(outbox, plan, row, submission) : undefined;
      const hookRows = outbox && hooks ? await intakeWebhookRows(outbox, hooks, intakeFacts(row), row.received_at) : [];
      if (hookRows.length > 0) messages = [...(messages ?? []), ...hookRows];
      if (outbox && toClio) {
        const lead = leadFor(site, submission.fields, row.reference, c.req.header('origin'));
        const ctx = { cipher, now: row.received_at, baseUrl: outbox.baseUrl() };
        const push = {
          site: site.id,
          intakeId: row.id,
          reference: row.reference,
          lead,
          trigger: 'auto',
          by: null,
        } as const;
        messages = [...(messages ?? []), clioPushRow(ctx, push)];
      }
      if (await storage.insertIntake(row, messages)) {
        if (messages?.length) outbox?.wake();
        const email = submission.fields.email;
        if (email && row.state !== 'spam' && (await isReturningClient(storage.db, cipher, site.id, row.id, email))) {
          // Before the 2xx, like the intake itself; its id is derived, so a retry never counts twice.
          await storage.insertEvents([returnEvent(row, row.received_at)]);
        }
        return jsonResponse(201, receipt, corsHeaders(c));
      }
      // Not inserted: a concurrent request with this id won the race, or the reference collided.
      const winner = await storage.findIntake(submission.id);
      if (winner) return replay(c, winner, hash);
    }
    throw new Error('Could not allocate a unique reference');
  };
}

/**
 * The alerts and acknowledgement for a new intake. A template that throws is a bug; the prospect's request
 * matters more than its alert, so it is stored without them and the failure is logged (without details).
 */
function intakeMessages(outbox: Outbox, plan: IntakeMessagePlan, row: NewIntakeRow, submission: IntakeSubmission) {
  try {
    return intakeMessageRows(outbox, plan, {
      id: row.id,
      reference: row.reference,
      practiceArea: row.practice_area ?? null,
      receivedAt: row.received_at,
      lang: submission.lang,
      email: submission.fields.email || undefined,
    });
  } catch (error) {
    console.error(`collector: intake messages not written (${(error as Error)?.name ?? 'Error'})`);
    return undefined;
  }
}

/**
 * The same answers a third time within a day look like a bot. A worried person who sends the form twice
 * is not spam; both copies stay in the inbox.
 */
const repeatWindowMs = 24 * 3_600_000;
const repeatsBeforeSpam = 2;

/** Why a submission looks automated, or undefined: bots fill the hidden field, type too fast, or repeat themselves. */
async function spamSignal(
  storage: Storage,
  site: CachedSite,
  submission: IntakeSubmission,
  contentIndexes: string[],
  at: number,
): Promise<'honeypot' | 'too_fast' | 'repeated' | undefined> {
  if (submission.website) return 'honeypot';
  if (submission.fillMs < site.config.intake.minFillMs) return 'too_fast';
  const earlier = await storage.db
    .selectFrom('intakes')
    .select('id')
    .where('site', '=', site.id)
    // Under every loaded key (issue 9): repeats are found during a key rotation too.
    .where('content_index', 'in', contentIndexes)
    .where('received_at', '>', at - repeatWindowMs)
    .limit(repeatsBeforeSpam)
    .execute();
  return earlier.length >= repeatsBeforeSpam ? 'repeated' : undefined;
}

/** JSON with keys sorted, so the same answers give the same text whatever order they came in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function checkSiteRules(site: CachedSite, submission: IntakeSubmission): void {
  if (!site.disclaimerVersions.has(submission.disclaimer.version)) {
    throw new ProblemError(422, problemTypes.disclaimerOutdated, {
      errors: [{ path: 'disclaimer.version', code: 'unknown_version' }],
    });
  }
  // Conditions are data the collector checks too (issue 17): a hidden question's answer is refused, not dropped.
  const issues = [
    ...intakeFieldIssues(site.config, submission.fields).map((issue) => ({ ...issue, path: `fields.${issue.path}` })),
    ...intakeAnswerIssues(site.config, submission.fields, submission.answers),
  ];
  if (issues.length > 0) throw new ProblemError(422, problemTypes.validation, { errors: issues });
}

function buildIntake(
  cipher: FieldCipher,
  site: CachedSite,
  submission: IntakeSubmission,
  hash: string,
  receivedAt: number,
): { row: NewIntakeRow; receipt: IntakeReceipt } {
  const receipt: IntakeReceipt = {
    id: submission.id,
    reference: newReference(site.id),
    receivedAt,
    responseTarget: site.config.intake.responseTarget,
  };
  const details = nonPersonalFields(submission.fields);
  if (submission.lang) details.lang = submission.lang;
  if (submission.lawyer) details.lawyer = submission.lawyer;
  const row: NewIntakeRow = {
    id: submission.id,
    site: site.id,
    reference: receipt.reference,
    journey: submission.journey ?? null,
    practice_area: submission.fields.practiceArea || null,
    disclaimer_version: submission.disclaimer.version,
    personal: JSON.stringify({
      ...encryptPersonalFields(cipher, site.id, submission.id, submission.fields),
      ...encryptAnswers(cipher, site.id, submission.id, site.config.intake.questions ?? [], submission.answers),
    }),
    details: JSON.stringify(details),
    request_hash: hash,
    response: JSON.stringify(receipt),
    received_at: receivedAt,
    email_index: submission.fields.email ? emailIndex(cipher, submission.fields.email) : null,
  };
  return { row, receipt };
}

/** What the webhook events read of the row about to be stored. */
const intakeFacts = (row: NewIntakeRow) => ({
  id: row.id,
  site: row.site,
  reference: row.reference,
  state: row.state ?? 'new',
  practice_area: row.practice_area ?? null,
  journey: row.journey ?? null,
  personal: row.personal,
  details: row.details,
});
