/**
 * The widget's side of the survey: `POST /v1/survey/open` (token → what to ask; marks the
 * invitation opened) and `POST /v1/survey` (the answers, once per token). A replay of the same
 * answers gets the same receipt; different answers after the first are a 409. Unknown tokens,
 * other sites' tokens and unknown sites all get the same 404, expired ones a 410 of that type.
 *
 * @example
 *   app.post('/v1/survey/open', openSurvey({ storage, sites, cipher, trustProxy: false }));
 *   app.post('/v1/survey', answerSurvey({ storage, sites, cipher, trustProxy: false }));
 */
import {
  isValidScore,
  type Language,
  needsFollowUp,
  problemTypes,
  type SurveyMeasure,
  type SurveyOpened,
  type SurveyReceipt,
  type SurveyThanks,
  surveyAnswer,
  surveyOpenRequest,
} from '@retainer/schema';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv } from '../app-env.ts';
import { corsHeaders, grantOrigin } from '../cors/index.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { ProblemError } from '../errors/index.ts';
import { readWidgetJson } from '../http/read-body.ts';
import { clientAddress } from '../http/request-info.ts';
import { requestHash } from '../intake/request-hash.ts';
import { queueStaffAlert } from '../messaging/staff-alerts.ts';
import type { Outbox } from '../outbox/outbox.ts';
import { enforceRateLimits, type RateRule } from '../rate-limit/index.ts';
import { jsonResponse } from '../respond.ts';
import type { CachedSite, SiteCache } from '../sites/site-cache.ts';
import type { Db } from '../storage/database.ts';
import type { Storage } from '../storage/open-storage.ts';
import { enqueueSurveyEvents } from '../webhooks/survey-events.ts';
import { loadSurveySettings } from './survey-settings-store.ts';
import { hashSurveyToken } from './survey-token.ts';
import type { SurveyInvitationRow } from './tables.ts';

export type SurveyRouteOptions = {
  storage: Storage;
  sites: SiteCache;
  cipher: FieldCipher;
  trustProxy: boolean;
  now?: () => number;
  /** Per client address; a person answers a handful of surveys, a guesser tries thousands of tokens. */
  rateRule?: RateRule;
  /** Issue 15: staff are alerted when an answer lands in the follow-up queue. */
  outbox?: Outbox | undefined;
};

const defaultRule: RateRule = { max: 30, windowMs: 10 * 60_000 };

const invalidToken = () => new ProblemError(404, problemTypes.surveyTokenInvalid);
const expiredToken = () => new ProblemError(410, problemTypes.surveyTokenInvalid);

/** Everything both endpoints do first: parse, rate limit, find the site and the invitation. */
async function locate<S extends z.ZodMiniType<{ site: string; token: string }>>(
  c: Context<AppEnv>,
  options: SurveyRouteOptions,
  schema: S,
): Promise<{ input: z.infer<S>; site: CachedSite; row: SurveyInvitationRow; db: Db; now: number }> {
  const now = (options.now ?? Date.now)();
  const input: z.infer<S> = await readWidgetJson(c, schema);
  const site = await options.sites.get(input.site);
  if (!site) throw invalidToken();
  grantOrigin(c, [site]);
  // Counted only once the site and origin are known: a refused request must not spend the visitor's quota (issue 14).
  await enforceRateLimits(
    options.storage,
    [
      {
        key: `survey:ip:${clientAddress(c, { publicUrl: undefined, trustProxy: options.trustProxy })}`,
        rule: options.rateRule ?? defaultRule,
      },
    ],
    now,
  );
  const db = options.storage.db;
  const row = await db
    .selectFrom('survey_invitations')
    .selectAll()
    .where('token_hash', '=', hashSurveyToken(input.token))
    .where('site', '=', site.id)
    .executeTakeFirst();
  if (!row) throw invalidToken();
  return { input, site, row, db, now };
}

async function thanksOf(db: Db, site: CachedSite): Promise<SurveyThanks> {
  const { reviewLinks } = await loadSurveySettings(db, site.id);
  const { phone, email } = site.config.contact;
  return {
    firm: site.config.publicName,
    reviewLinks,
    contact: { ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
  };
}

async function lawyerOf(db: Db, site: string, id: string | null) {
  if (!id) return undefined;
  const row = await db
    .selectFrom('lawyers')
    .select('profile')
    .where('site', '=', site)
    .where('id', '=', id)
    .executeTakeFirst();
  const name = row ? (JSON.parse(row.profile) as { name?: string }).name : undefined;
  return name ? { id, name } : undefined;
}

export function openSurvey(options: SurveyRouteOptions) {
  return async function handleOpenSurvey(c: Context<AppEnv>): Promise<Response> {
    const { site, row, db, now } = await locate(c, options, surveyOpenRequest);
    const answered = row.answered_at !== null;
    if (!answered && row.expires_at <= now) throw expiredToken();
    if (row.opened_at === null) {
      await db
        .updateTable('survey_invitations')
        .set({ opened_at: now })
        .where('id', '=', row.id)
        .where('opened_at', 'is', null)
        .execute();
    }
    const lawyer = await lawyerOf(db, site.id, row.lawyer);
    const body: SurveyOpened = {
      ...(await thanksOf(db, site)),
      state: answered ? 'answered' : 'open',
      measure: row.measure as SurveyMeasure,
      lang: row.lang as Language,
      ...(lawyer ? { lawyer } : {}),
      ...(row.practice_area ? { practiceArea: row.practice_area } : {}),
    };
    return jsonResponse(200, body, corsHeaders(c));
  };
}

export function answerSurvey(options: SurveyRouteOptions) {
  const replay = (c: Context<AppEnv>, row: SurveyInvitationRow, hash: string) => {
    if (row.request_hash !== hash || !row.response) throw new ProblemError(409, problemTypes.surveyAnswered);
    return jsonResponse(201, JSON.parse(row.response), corsHeaders(c));
  };

  return async function handleAnswerSurvey(c: Context<AppEnv>): Promise<Response> {
    const { input, site, row, db, now } = await locate(c, options, surveyAnswer);
    const comment = input.comment?.trim() || undefined;
    // Only what the client answered: the same answers sent again are the same request.
    const hash = requestHash({ score: input.score, comment: comment ?? null, lawyerScore: input.lawyerScore ?? null });
    if (row.answered_at !== null) return replay(c, row, hash);
    if (row.expires_at <= now) throw expiredToken();
    const measure = row.measure as SurveyMeasure;
    if (!isValidScore(measure, input.score)) {
      throw new ProblemError(422, problemTypes.validation, { errors: [{ path: 'score', code: 'out_of_range' }] });
    }
    if (input.lawyerScore !== undefined && !row.lawyer) {
      throw new ProblemError(422, problemTypes.validation, { errors: [{ path: 'lawyerScore', code: 'not_asked' }] });
    }
    const receipt: SurveyReceipt = {
      ...(await thanksOf(db, site)),
      state: 'answered',
      measure,
      score: input.score,
      answeredAt: now,
    };
    const followUp = needsFollowUp(measure, input.score);
    let hooks = 0;
    const result = await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('survey_invitations')
        .set({
          answered_at: now,
          opened_at: row.opened_at ?? now,
          score: input.score,
          lawyer_score: input.lawyerScore ?? null,
          comment: comment ? options.cipher.encrypt(comment, { site: site.id, id: row.id, field: 'comment' }) : null,
          request_hash: hash,
          response: JSON.stringify(receipt),
          follow_up: followUp ? 'open' : null,
        })
        .where('id', '=', row.id)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      // The alert carries no score and no comment: only that the queue has something, and a link.
      if (followUp && options.outbox && Number(updated.numUpdatedRows) === 1) {
        await queueStaffAlert(options.outbox, trx, {
          site: site.id,
          event: 'survey.follow_up',
          practiceArea: row.practice_area,
          data: { kind: 'follow-up', reference: null, path: '/dashboard/survey' },
          dedupeKey: `survey-follow-up:${row.id}`,
          subjectRef: `survey:${row.id}`,
        });
      }
      // Issue 16: the score goes out; the comment only to endpoints with personal data on.
      if (options.outbox && Number(updated.numUpdatedRows) === 1) {
        hooks = await enqueueSurveyEvents(trx, options.outbox, {
          site: site.id,
          responseId: row.id,
          kind: measure,
          score: input.score,
          followUp,
          comment,
        });
      }
      return updated;
    });
    if (Number(result.numUpdatedRows) === 1) {
      if (followUp || hooks > 0) options.outbox?.wake();
      return jsonResponse(201, receipt, corsHeaders(c));
    }
    // A concurrent request answered first: the same answers get its receipt, others a 409.
    const winner = await db
      .selectFrom('survey_invitations')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    return replay(c, winner, hash);
  };
}
