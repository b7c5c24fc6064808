/**
 * One-click unsubscribe from survey emails (RFC 8058). Each survey email carries
 * `List-Unsubscribe: <…/v1/unsubscribe/TOKEN>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`;
 * the token names the site, the keyed email index (never the address) and the language, HMAC-signed.
 * - `POST /v1/unsubscribe/:token` (what a mail client sends on one click, or the page's button) records it;
 * - `GET /v1/unsubscribe/:token` shows a page with that button (a GET never unsubscribes: link scanners).
 * Later survey emails to that address are not sent; the Outbox shows each as failed with the reason.
 *
 * @example
 *   const token = unsubscribeToken(cipher, { site, emailIndex, lang: 'en' });
 *   if (await isUnsubscribed(db, site, index)) ...
 */
import { timingSafeEqual } from 'node:crypto';
import { type Language, languages, problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { ProblemError } from '../errors/index.ts';
import type { Db } from '../storage/database.ts';
import type { Storage } from '../storage/open-storage.ts';

export const surveyList = 'survey';

type Claims = { site: string; emailIndex: string; lang: Language };

const mac = (cipher: FieldCipher, payload: string) => cipher.blindIndex('unsubscribe', payload);

export function unsubscribeToken(cipher: FieldCipher, claims: Claims): string {
  const payload = Buffer.from(JSON.stringify([claims.site, claims.emailIndex, surveyList, claims.lang])).toString(
    'base64url',
  );
  return `${payload}.${mac(cipher, payload)}`;
}

export function readUnsubscribeToken(cipher: FieldCipher, token: string): Claims | undefined {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const actual = Buffer.from(signature);
  const signed = cipher.blindIndexes('unsubscribe', payload).some((expected) => {
    const bytes = Buffer.from(expected);
    return bytes.length === actual.length && timingSafeEqual(bytes, actual);
  });
  if (!signed) return undefined;
  try {
    const [site, emailIndex, list, lang] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as string[];
    if (!site || !emailIndex || list !== surveyList) return undefined;
    const language = (languages as readonly string[]).includes(lang ?? '') ? (lang as Language) : 'en';
    return { site, emailIndex, lang: language };
  } catch {
    return undefined;
  }
}

/** When `emailIndex` unsubscribed from the site's survey emails, or undefined. */
export async function unsubscribedAt(db: Db, site: string, emailIndex: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('email_unsubscribes')
    .select('created_at')
    .where('site', '=', site)
    .where('email_index', '=', emailIndex)
    .where('list', '=', surveyList)
    .executeTakeFirst();
  return row ? Number(row.created_at) : undefined;
}

const pageText: Record<Language, { title: string; ask: string; button: string; done: string }> = {
  en: {
    title: 'Unsubscribe from survey emails',
    ask: 'Stop receiving feedback requests from this firm at this address?',
    button: 'Unsubscribe',
    done: 'Done: you will not receive survey emails from this firm at this address again.',
  },
  ru: {
    title: 'Отписка от писем с опросами',
    ask: 'Больше не получать просьбы об отзыве от этой фирмы на этот адрес?',
    button: 'Отписаться',
    done: 'Готово: писем с опросами от этой фирмы на этот адрес больше не будет.',
  },
  zh: {
    title: '退订调查邮件',
    ask: '不再在此邮箱接收该律所的反馈邀请？',
    button: '退订',
    done: '已完成：此邮箱将不再收到该律所的调查邮件。',
  },
};

const page = (lang: Language, body: string) =>
  new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${pageText[lang].title}</title></head><body><main><h1>${pageText[lang].title}</h1>${body}</main></body></html>`,
    {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; form-action 'self'",
        'referrer-policy': 'no-referrer',
      },
    },
  );

const invalidLink = () => new ProblemError(404, problemTypes.notFound);

export function unsubscribePage({ cipher }: { cipher: FieldCipher }) {
  return function handleUnsubscribePage(c: Context<AppEnv>): Response {
    const token = c.req.param('token') ?? '';
    const claims = readUnsubscribeToken(cipher, token);
    if (!claims) throw invalidLink();
    const t = pageText[claims.lang];
    return page(
      claims.lang,
      `<p>${t.ask}</p><form method="post" action="/v1/unsubscribe/${encodeURIComponent(token)}"><button type="submit">${t.button}</button></form>`,
    );
  };
}

export function unsubscribe({
  storage,
  cipher,
  now = Date.now,
}: {
  storage: Storage;
  cipher: FieldCipher;
  now?: () => number;
}) {
  return async function handleUnsubscribe(c: Context<AppEnv>): Promise<Response> {
    const claims = readUnsubscribeToken(cipher, c.req.param('token') ?? '');
    if (!claims) throw invalidLink();
    await storage.db
      .insertInto('email_unsubscribes')
      .values({ site: claims.site, email_index: claims.emailIndex, list: surveyList, created_at: now() })
      .onConflict((oc) => oc.columns(['site', 'email_index', 'list']).doNothing())
      .execute();
    return page(claims.lang, `<p role="status">${pageText[claims.lang].done}</p>`);
  };
}
