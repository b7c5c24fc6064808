/**
 * Sends one `clio-grow` outbox message: `POST {base}/inbox_leads` with `{ inbox_lead, inbox_lead_token }`
 * (JSON, as Clio's Lead Inbox API asks), and records Clio's answer (status and the start of its body,
 * encrypted, the token scrubbed from it). 2xx is sent; 408, 429 and 5xx, timeouts and refused connections
 * retry through the outbox; other answers fail at once. Nothing about the lead reaches a log.
 *
 * @example
 *   startDeliveryWorker({ …, senders: { 'clio-grow': createClioGrowSender({ db, cipher, baseUrl }) } });
 */
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { MessageSender, SendOutcome } from '../outbox/delivery-worker.ts';
import { type OutboxRow, outboxAddress } from '../outbox/tables.ts';
import type { Db } from '../storage/database.ts';
import { loadLeadInboxToken } from './settings-store.ts';
import { answerAddress } from './tables.ts';

export const defaultClioGrowUrl = 'https://grow.clio.com';

export type ClioGrowSenderOptions = {
  db: Db;
  cipher: FieldCipher;
  /** `RETAINER_CLIO_GROW_URL`: the region's Grow host (EU, AU, CA) or a test server. */
  baseUrl?: string | undefined;
  timeoutMs?: number;
  now?: () => number;
};

const excerptLength = 500;

/** Seconds or an HTTP date, as milliseconds from now; undefined when absent or unreadable. */
function retryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function createClioGrowSender(options: ClioGrowSenderOptions): MessageSender {
  const { cipher, timeoutMs = 15_000, now = Date.now } = options;
  const db = options.db;
  const endpoint = `${(options.baseUrl || defaultClioGrowUrl).replace(/\/+$/, '')}/inbox_leads`;

  const recordAnswer = async (row: OutboxRow, status: number, text: string) => {
    const excerpt = cipher.encrypt(text.slice(0, excerptLength), answerAddress(row.site, row.id));
    const values = { status, excerpt, answered_at: now() };
    await db
      .insertInto('clio_grow_answers')
      .values({ outbox_id: row.id, site: row.site, ...values })
      .onConflict((oc) => oc.column('outbox_id').doUpdateSet(values))
      .execute();
  };

  return async function sendToClioGrow(row: OutboxRow): Promise<SendOutcome> {
    const token = await loadLeadInboxToken(db, cipher, row.site);
    if (!token) return { sent: false, permanent: true, reason: 'Clio Grow is not connected for this site' };
    if (row.body_text === null) return { sent: false, permanent: true, reason: 'The lead was purged' };
    const lead = JSON.parse(cipher.decrypt(row.body_text, outboxAddress(row, 'text'))) as Record<string, string>;
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ inbox_lead: lead, inbox_lead_token: token }),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as Error)?.name;
      return {
        sent: false,
        reason: name === 'TimeoutError' ? 'Clio Grow did not answer in time' : 'Could not reach Clio Grow',
      };
    }
    const body = await response.text().catch(() => '');
    // Clio might echo what it was sent; the token never stays anywhere but its encrypted column.
    await recordAnswer(row, response.status, body.split(token).join('[token]'));
    if (response.ok) return { sent: true };
    const reason = `Clio Grow answered ${response.status}`;
    const status = response.status;
    if (status === 408 || status === 429 || status >= 500) {
      return { sent: false, reason, retryAfterMs: retryAfter(response.headers.get('retry-after'), now()) };
    }
    return { sent: false, permanent: true, reason };
  };
}
