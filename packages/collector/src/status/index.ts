/**
 * The status tracker's public endpoints, all `text/plain` JSON POSTs (no CORS preflight; the token
 * travels in the body, never in a URL or header):
 * - `POST /v1/status/lookup` {site, reference, code} → {token, expiresAt} (30 minutes);
 * - `POST /v1/status/matter` {token} → the client's view of the matter;
 * - `POST /v1/status/message` {id, token, text} → 201 {id, receivedAt};
 * - `POST /v1/status/notify` {token, notify, lang?} → {notifyUpdates, canNotify}: whether the client is
 *   emailed when the matter has an update (issue 15; needs the client's email on the matter).
 *
 * An unknown reference and a wrong code get the same 401 body after the same work: the code is
 * hashed against a dummy and the failure counters run either way (the UPDATE matching no row).
 * No hard lock (issue 14: a stranger who knew a reference could lock the client out with ten wrong
 * codes): wrong codes are throttled per address and matter, and per matter from everyone, with a 429
 * and Retry-After; ten wrong codes since the last success flag the matter "under attack" for staff.
 * The arithmetic that keeps guessing hopeless is in docs/status-api.md.
 *
 * @example
 *   app.post('/v1/status/lookup', lookupMatter({ storage, sites, cipher, now }));
 */
import {
  type MatterView,
  problemTypes,
  type StatusNotifyState,
  statusLookup,
  statusMatterRequest,
  statusMessage,
  statusNotify,
} from '@retainer/schema';
import type { Context } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from '../app-env.ts';
import { corsHeaders, grantOrigin } from '../cors/index.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { ProblemError } from '../errors/index.ts';
import { readWidgetJson } from '../http/read-body.ts';
import { clientAddress } from '../http/request-info.ts';
import { queueStaffAlert } from '../messaging/staff-alerts.ts';
import type { Outbox } from '../outbox/outbox.ts';
import { enforceRateLimits, hitRateLimits, peekRateLimit, type RateRule } from '../rate-limit/index.ts';
import { jsonResponse } from '../respond.ts';
import type { SiteCache } from '../sites/site-cache.ts';
import type { Storage } from '../storage/open-storage.ts';
import { enqueueMatterEvent } from '../webhooks/matter-events.ts';
import { codeMatches, normaliseCode, normaliseReference } from './access-code.ts';
import { decryptPersonal, findSiteMatter } from './matter-store.ts';
import { issueMatterToken, verifyMatterToken } from './matter-token.ts';
import { buildMatterView } from './matter-view.ts';

export type StatusOptions = {
  storage: Storage;
  sites: SiteCache;
  cipher: FieldCipher;
  now?: () => number;
  /** Read X-Forwarded-For (only behind a proxy the operator runs). */
  trustProxy?: boolean;
  /** Issue 15: staff are alerted when a client writes. */
  outbox?: Outbox | undefined;
};

/** Wrong codes since the last success that flag a matter "under attack" for staff (never a lock). */
export const maxFailedLookups = 10;
export const lookupRules = {
  perAddress: { max: 20, windowMs: 10 * 60_000 },
  perAddressDaily: { max: 100, windowMs: 24 * 3_600_000 },
  /** Wrong codes from one address for one matter: a guesser waits, the client on another device does not. */
  failuresPerAddressAndMatter: { max: 5, windowMs: 15 * 60_000 },
  /**
   * Wrong codes for one matter from everyone: the bound the brute-force arithmetic rests on. Over ten
   * times what one address may send a day, so no single stranger can fill it.
   */
  failuresPerMatter: { max: 1000, windowMs: 24 * 3_600_000 },
} satisfies Record<string, RateRule>;
export const messageRules = {
  perMatter: { max: 5, windowMs: 3_600_000 },
  perMatterDaily: { max: 20, windowMs: 24 * 3_600_000 },
} satisfies Record<string, RateRule>;

/** A hash no code produces: what an unknown reference is compared against, so it costs the same. */
const dummyHash = 'status-dummy-hash-0000000000000000000000000';

/** The 429 with Retry-After readable by the widget on another origin. */
async function limit(storage: Storage, limits: { key: string; rule: RateRule }[], now: number) {
  try {
    await enforceRateLimits(storage, limits, now);
  } catch (error) {
    if (error instanceof ProblemError) {
      throw new ProblemError(error.status, error.type, {
        headers: { ...error.options.headers, 'access-control-expose-headers': 'retry-after' },
      });
    }
    throw error;
  }
}

const lookupFailed = () => new ProblemError(401, problemTypes.statusLookupFailed);
const invalidToken = () => new ProblemError(401, problemTypes.invalidToken);

export function lookupMatter({ storage, sites, cipher, now = Date.now, trustProxy = false }: StatusOptions) {
  const db = storage.db;
  return async function handleLookup(c: Context<AppEnv>): Promise<Response> {
    const input = await readWidgetJson(c, statusLookup, 4096);
    const site = await sites.get(input.site);
    if (!site)
      throw new ProblemError(422, problemTypes.unknownSite, { errors: [{ path: 'site', code: 'unknown_site' }] });
    grantOrigin(c, [site]);
    const at = now();
    const address = clientAddress(c, { trustProxy, publicUrl: undefined });
    await limit(
      storage,
      [
        { key: `status:lookup:${address}`, rule: lookupRules.perAddress },
        { key: `status:lookup-day:${address}`, rule: lookupRules.perAddressDaily },
      ],
      at,
    );
    const reference = normaliseReference(input.reference);
    // Keyed by the reference as typed (normalised), so an unknown reference costs the same work as a known one.
    const failureKeys = [
      { key: `status:fail:${site.id}:${reference}:${address}`, rule: lookupRules.failuresPerAddressAndMatter },
      { key: `status:fail-matter:${site.id}:${reference}`, rule: lookupRules.failuresPerMatter },
    ];
    // Checked before the code: a throttled guess learns nothing, right or wrong.
    let waitMs = 0;
    for (const { key, rule } of failureKeys) {
      const verdict = await peekRateLimit(storage.db, key, rule, at);
      if (!verdict.allowed) waitMs = Math.max(waitMs, verdict.retryAfterMs);
    }
    if (waitMs > 0) {
      throw new ProblemError(429, problemTypes.rateLimited, {
        headers: { 'retry-after': String(Math.ceil(waitMs / 1000)), 'access-control-expose-headers': 'retry-after' },
      });
    }
    const row = await findSiteMatter(db, site.id, reference);
    // The same hash work for an unknown reference as for a known one.
    const matches = codeMatches(cipher, row?.id ?? 'unknown', normaliseCode(input.code), row?.code_hash ?? dummyHash);
    if (!row || !matches) {
      await hitRateLimits(storage, failureKeys, at);
      // One UPDATE either way (it matches no row for an unknown reference); the tenth failure flags the matter.
      await db
        .updateTable('matters')
        .set({
          failed_attempts: sql`failed_attempts + 1`,
          // `locked_at` now means "under attack since" (issue 14): staff are told, the client is not locked out.
          locked_at: sql`case when locked_at is null and failed_attempts + 1 >= ${maxFailedLookups} then ${at} else locked_at end`,
        })
        .where('site', '=', site.id)
        .where('reference', '=', reference)
        .execute();
      throw lookupFailed();
    }
    if (Number(row.failed_attempts) > 0) {
      await db.updateTable('matters').set({ failed_attempts: 0 }).where('id', '=', row.id).execute();
    }
    const session = issueMatterToken(cipher, { matterId: row.id, codeVersion: Number(row.code_version) }, at);
    return jsonResponse(200, session, corsHeaders(c));
  };
}

/** The matter behind a valid token, or the 401 a widget answers by asking for the code again. */
async function matterOfToken(storage: Storage, cipher: FieldCipher, token: string, at: number) {
  const claims = verifyMatterToken(cipher, token, at);
  if (!claims) throw invalidToken();
  const row = await storage.db.selectFrom('matters').selectAll().where('id', '=', claims.matterId).executeTakeFirst();
  if (!row || Number(row.code_version) !== claims.codeVersion) throw invalidToken();
  return row;
}

export function readMatter({ storage, sites, cipher, now = Date.now }: StatusOptions) {
  const db = storage.db;
  return async function handleReadMatter(c: Context<AppEnv>): Promise<Response> {
    const { token } = await readWidgetJson(c, statusMatterRequest, 4096);
    const row = await matterOfToken(storage, cipher, token, now());
    const site = await sites.get(row.site);
    if (site) grantOrigin(c, [site]);
    const view: MatterView = await buildMatterView(db, cipher, row);
    return jsonResponse(200, view, corsHeaders(c));
  };
}

export function sendMessage({ storage, sites, cipher, now = Date.now, outbox }: StatusOptions) {
  const db = storage.db;
  return async function handleMessage(c: Context<AppEnv>): Promise<Response> {
    const input = await readWidgetJson(c, statusMessage, 16 * 1024);
    const at = now();
    const row = await matterOfToken(storage, cipher, input.token, at);
    const site = await sites.get(row.site);
    if (site) grantOrigin(c, [site]);
    const existing = await db.selectFrom('matter_messages').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (existing) {
      if (existing.matter_id !== row.id) throw new ProblemError(422, problemTypes.idempotencyConflict);
      return jsonResponse(201, { id: existing.id, receivedAt: Number(existing.received_at) }, corsHeaders(c));
    }
    await limit(
      storage,
      [
        { key: `status:message:${row.id}`, rule: messageRules.perMatter },
        { key: `status:message-day:${row.id}`, rule: messageRules.perMatterDaily },
      ],
      at,
    );
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('matter_messages')
        .values({
          id: input.id,
          matter_id: row.id,
          body: cipher.encrypt(input.text, { site: row.site, id: `${row.id}/${input.id}`, field: 'statusMessage' }),
          received_at: at,
          read_at: null,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      // The alert says a client wrote, on which matter; the message stays in the dashboard.
      if (outbox && Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
        await queueStaffAlert(outbox, trx, {
          site: row.site,
          event: 'matter.client_message',
          practiceArea: row.practice_area,
          data: { kind: 'client-message', reference: row.reference, path: `/dashboard/matters/${row.id}` },
          dedupeKey: `client-message:${input.id}`,
          subjectRef: `matter:${row.id}`,
        });
      }
      // Issue 16: the text itself only to endpoints with personal data on.
      if (outbox && Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
        await enqueueMatterEvent(trx, outbox, row.id, 'matter.message_received', {
          messageId: input.id,
          text: input.text,
        });
      }
    });
    outbox?.wake();
    return jsonResponse(201, { id: input.id, receivedAt: at }, corsHeaders(c));
  };
}

export function setNotify({ storage, sites, cipher, now = Date.now }: StatusOptions) {
  return async function handleSetNotify(c: Context<AppEnv>): Promise<Response> {
    const input = await readWidgetJson(c, statusNotify, 4096);
    const row = await matterOfToken(storage, cipher, input.token, now());
    const site = await sites.get(row.site);
    if (site) grantOrigin(c, [site]);
    const canNotify = decryptPersonal(cipher, row).email !== undefined;
    if (input.notify && !canNotify) {
      throw new ProblemError(422, problemTypes.validation, { errors: [{ path: 'notify', code: 'no_email' }] });
    }
    await storage.db
      .updateTable('matters')
      .set({ notify_updates: input.notify ? 1 : 0, notify_lang: input.lang ?? null, updated_at: now() })
      .where('id', '=', row.id)
      .execute();
    const body: StatusNotifyState = { notifyUpdates: input.notify, canNotify };
    return jsonResponse(200, body, corsHeaders(c));
  };
}
