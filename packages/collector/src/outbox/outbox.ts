/**
 * The outbox handle one collector process shares: how to enqueue inside a transaction, and the bell that
 * wakes the delivery worker right after a commit (so an intake's alert does not wait for the next poll).
 *
 * @example
 *   const outbox = createOutbox({ cipher, smtpUrl: process.env.RETAINER_SMTP_URL });
 *   await db.transaction().execute((trx) => outbox.enqueueEmail(trx, { site, template, locale, to, data, reason }));
 *   outbox.wake();
 */
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../storage/database.ts';
import { type EmailMessage, insertEmail } from './enqueue.ts';

export type OutboxOptions = {
  cipher: FieldCipher;
  /** `RETAINER_SMTP_URL`: the instance's mail server; absent: messages of sites without their own are held. */
  smtpUrl?: string | undefined;
  /** Where browsers reach the collector (dashboard links, Message-ID host); may be set once listening. */
  baseUrl?: string | undefined;
  now?: () => number;
};

export type Outbox = {
  readonly cipher: FieldCipher;
  readonly smtpUrl: string | undefined;
  now(): number;
  /** Where browsers reach the collector, without a trailing slash. */
  baseUrl(): string;
  setBaseUrl(url: string): void;
  /** Inserts one email inside `trx`; its id, or undefined when the dedupe key was used before. */
  enqueueEmail(trx: Db, message: EmailMessage): Promise<string | undefined>;
  /** Tells the delivery worker there is something due (call after the commit). */
  wake(): void;
  onWake(listener: () => void): () => void;
};

export function createOutbox({ cipher, smtpUrl, baseUrl, now = Date.now }: OutboxOptions): Outbox {
  const listeners = new Set<() => void>();
  let base = (baseUrl ?? 'http://localhost:8787').replace(/\/+$/, '');
  const outbox: Outbox = {
    cipher,
    smtpUrl: smtpUrl || undefined,
    now,
    baseUrl: () => base,
    setBaseUrl(url) {
      base = url.replace(/\/+$/, '');
    },
    enqueueEmail: (trx, message) => insertEmail(trx, message, { cipher, now: now(), baseUrl: base }),
    wake() {
      for (const listener of listeners) listener();
    },
    onWake(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return outbox;
}
