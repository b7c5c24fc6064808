/**
 * The intake's human check (issue 9), when the site asks for one: the provider's siteverify must say
 * yes for a page on one of the site's allowed origins and (Turnstile) the `intake` action, and the
 * token must be new to us — a token is accepted once, whatever the provider says the second time.
 *
 * @example
 *   const checkCaptcha = createCaptchaCheck({ db: storage.db, cipher, now });
 *   await checkCaptcha(site, submission.captcha); // throws a 403 or 503 ProblemError, or returns
 */

import { createHash } from 'node:crypto';
import { type CaptchaProvider, captchaAction, problemTypes } from '@retainer/schema';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { ProblemError } from '../errors/index.ts';
import { errorFacts, processLogger } from '../logging/logger.ts';
import type { CachedSite } from '../sites/site-cache.ts';
import type { Db } from '../storage/database.ts';
import { secretAddress } from './tables.ts';

export type CaptchaOptions = {
  /** Replaces both providers' siteverify URL (`RETAINER_CAPTCHA_VERIFY_URL`: tests, an egress proxy). */
  verifyUrl?: string | undefined;
  /** How long the provider may take before the visitor is told to try again. */
  timeoutMs?: number;
};

export const siteverifyUrls: Record<CaptchaProvider, string> = {
  turnstile: 'https://challenges.cloudflare.com/turnstile/v0/siteverify',
  hcaptcha: 'https://api.hcaptcha.com/siteverify',
};

/** Longer than either provider keeps a token valid (Turnstile 300 s, hCaptcha 120 s). */
const rememberTokenMs = 15 * 60_000;
const retryAfterSeconds = '10';

export type CaptchaFailure = 'missing' | 'invalid' | 'expired' | 'replayed' | 'hostname' | 'action';

const refuse = (code: CaptchaFailure) =>
  new ProblemError(403, problemTypes.captchaFailed, { errors: [{ path: 'captcha', code }] });
const unavailable = () =>
  new ProblemError(503, problemTypes.captchaUnavailable, { headers: { 'retry-after': retryAfterSeconds } });

type Siteverify = { success?: unknown; hostname?: unknown; action?: unknown; 'error-codes'?: unknown };

export function createCaptchaCheck({
  db,
  cipher,
  now,
  verifyUrl,
  timeoutMs = 5000,
}: CaptchaOptions & { db: Db; cipher: FieldCipher; now: () => number }) {
  const tables = db;

  async function askProvider(provider: CaptchaProvider, form: URLSearchParams): Promise<Siteverify> {
    try {
      const res = await fetch(verifyUrl || siteverifyUrls[provider], {
        method: 'POST',
        body: form,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`siteverify answered ${res.status}`);
      const body: unknown = await res.json();
      if (!body || typeof body !== 'object') throw new Error('siteverify answered no object');
      return body as Siteverify;
    } catch (error) {
      // Never the token or the secret: only what kind of trouble it was.
      processLogger().warn({ provider, error: errorFacts(error) }, 'captcha siteverify unreachable');
      throw unavailable();
    }
  }

  return async function checkCaptcha(site: CachedSite, token: string | undefined): Promise<void> {
    const captcha = site.config.intake.captcha;
    if (!captcha) return;
    if (!token) throw refuse('missing');
    const tokenHash = createHash('sha256').update(token).digest('base64url');
    const at = now();
    const seen = await tables
      .selectFrom('captcha_tokens')
      .select('token_hash')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    if (seen) throw refuse('replayed');

    const stored = await tables.selectFrom('site_captcha').selectAll().where('site', '=', site.id).executeTakeFirst();
    if (!stored || stored.provider !== captcha.provider) {
      processLogger().warn(
        { site: site.id, provider: captcha.provider },
        'site requires a captcha but has no secret for it',
      );
      throw unavailable();
    }
    let secret: string;
    try {
      secret = cipher.decrypt(stored.secret, secretAddress(site.id));
    } catch {
      processLogger().warn({ site: site.id }, 'the captcha secret does not decrypt with this data key');
      throw unavailable();
    }
    const form = new URLSearchParams({ secret, response: token });
    // hCaptcha checks the token was made for this site key; Turnstile knows it from the secret.
    if (captcha.provider === 'hcaptcha') form.set('sitekey', captcha.siteKey);
    const answer = await askProvider(captcha.provider, form);

    if (answer.success !== true) {
      const codes = Array.isArray(answer['error-codes']) ? answer['error-codes'].map(String) : [];
      if (codes.some((code) => /secret/.test(code))) {
        processLogger().warn(
          { site: site.id, provider: captcha.provider, codes },
          'captcha provider refused the secret',
        );
      }
      throw refuse(codes.includes('timeout-or-duplicate') ? 'expired' : 'invalid');
    }
    const hostnames = new Set(
      [...site.allowedOrigins].filter((origin) => URL.canParse(origin)).map((origin) => new URL(origin).hostname),
    );
    if (typeof answer.hostname !== 'string' || !hostnames.has(answer.hostname.toLowerCase())) throw refuse('hostname');
    // hCaptcha has no actions: its token is bound to the site key (checked above) and the hostname.
    if (captcha.provider === 'turnstile' && answer.action !== captchaAction) throw refuse('action');

    await tables.deleteFrom('captcha_tokens').where('expires_at', '<=', at).execute();
    const inserted = await tables
      .insertInto('captcha_tokens')
      .values({ token_hash: tokenHash, expires_at: at + rememberTokenMs })
      .onConflict((oc) => oc.column('token_hash').doNothing())
      .executeTakeFirst();
    // A concurrent request with the same token got here first.
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw refuse('replayed');
  };
}
