/**
 * Every retention purge, one kind after another: FAQ questions (their own setting in the FAQ settings),
 * intake text, survey comments, raw events, and expired rate-limit windows. A kind that fails does not
 * stop the others; the error is reported by kind only, never with its details (they could name data).
 *
 * @example
 *   const report = await runPurges(storage.db, cipher, Date.now());
 *   report.counts.events; // raw events deleted
 */
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { purgeFaqQuestions } from '../faq/index.ts';
import { purgeSentBodies } from '../outbox/purge-bodies.ts';
import { pruneRateLimits } from '../rate-limit/index.ts';
import type { Database } from '../storage/database.ts';
import { purgeIntakeText } from './intake-text.ts';
import { pruneRawEvents } from './raw-events.ts';
import { everySiteRetention } from './settings-store.ts';
import { purgeSurveyComments } from './survey-comments.ts';

export type PurgeKind = 'faqQuestions' | 'intakeText' | 'surveyComments' | 'events' | 'rateLimits' | 'sentEmails';
export type PurgeReport = { counts: Partial<Record<PurgeKind, number>>; failed: PurgeKind[] };

/** Longer than the longest rate-limit window (a day), so no live window is dropped. */
const rateLimitKeepMs = 2 * 86_400_000;

export async function runPurges(
  db: Kysely<Database>,
  cipher: FieldCipher,
  now: number,
  batchSize?: number,
): Promise<PurgeReport> {
  const report: PurgeReport = { counts: {}, failed: [] };
  const sites = await everySiteRetention(db);
  const kinds: [PurgeKind, () => Promise<number>][] = [
    ['faqQuestions', () => purgeFaqQuestions(db, now)],
    ['intakeText', () => purgeIntakeText(db, cipher, sites, now, batchSize)],
    ['surveyComments', () => purgeSurveyComments(db, sites, now, batchSize)],
    ['events', () => pruneRawEvents(db, sites, now, batchSize)],
    ['rateLimits', () => pruneRateLimits(db, now - rateLimitKeepMs).then(() => 0)],
    // Issue 15: bodies of sent emails after the site's `sentEmailDays`.
    ['sentEmails', () => purgeSentBodies(db, sites, now, batchSize)],
  ];
  for (const [kind, purge] of kinds) {
    try {
      report.counts[kind] = await purge();
    } catch {
      report.failed.push(kind);
    }
  }
  return report;
}
