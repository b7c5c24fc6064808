/**
 * The survey's webhook events (issue 16), in the transaction that stores the answer: `survey.answered` always,
 * `survey.follow_up_needed` when the answer landed in the follow-up queue. Thin: the invitation's id, the
 * measure and the score (a number); the comment only for endpoints with `includePersonalData`.
 *
 * @example
 *   await enqueueSurveyEvents(trx, outbox, { site, responseId, kind: 'nps', score: 3, followUp: true, comment });
 */
import type { Outbox } from '../outbox/outbox.ts';
import type { Db } from '../storage/database.ts';
import { enqueueWebhookEvent } from './enqueue.ts';

export type SurveyAnswerFacts = {
  site: string;
  /** The invitation's id (also the follow-up's). */
  responseId: string;
  kind: string;
  score: number;
  followUp: boolean;
  comment: string | undefined;
};

export async function enqueueSurveyEvents(
  trx: Db,
  outbox: Pick<Outbox, 'cipher' | 'baseUrl' | 'now'>,
  answer: SurveyAnswerFacts,
): Promise<number> {
  const common = {
    site: answer.site,
    subjectRef: `survey:${answer.responseId}`,
    personal: () => ({ text: answer.comment ?? null }),
  };
  const data = { responseId: answer.responseId, kind: answer.kind, matterId: null, score: answer.score };
  let count = await enqueueWebhookEvent(trx, outbox, {
    ...common,
    type: 'survey.answered',
    path: '/dashboard/survey',
    data,
  });
  if (answer.followUp) {
    count += await enqueueWebhookEvent(trx, outbox, {
      ...common,
      type: 'survey.follow_up_needed',
      path: '/dashboard/survey/follow-ups',
      data: { ...data, followUpId: answer.responseId },
    });
  }
  return count;
}
