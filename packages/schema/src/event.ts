/**
 * The journey event envelope every widget sends to `POST /v1/events`.
 *
 * @example
 *   { id, site: 'harbor-vale', journey, stage: 'contact', type: 'intake.submitted', ts: Date.now() }
 */
import * as z from 'zod/mini';
import { journeyStages, maxEventsPerBatch } from './constants.ts';
import { clientId, journeyId, siteId } from './ids.ts';
import { isValidScore, type SurveyMeasure, surveyMeasures } from './survey-scores.ts';

export { journeyStages, maxEventsPerBatch };

export const journeyStage = z.enum(journeyStages);
export type JourneyStage = z.infer<typeof journeyStage>;

/** `widget.action`, lower case, e.g. `intake.started`. */
export const eventType = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_]{0,31}\.[a-z][a-z0-9_]{0,31}$/, 'invalid_event_type'));

const propKey = z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]{0,31}$/, 'invalid_prop'));
const propValue = z.union([z.string().check(z.maxLength(256)), z.number(), z.boolean(), z.null()]);

/** Small, non-personal facts about the event (a practice area, a filter); never a name or an email. */
export const eventProps = z
  .record(propKey, propValue)
  .check(z.refine((props) => Object.keys(props).length <= 16, 'too_many_props'));

export const journeyEvent = z
  .strictObject({
    id: clientId,
    site: siteId,
    journey: journeyId,
    stage: journeyStage,
    type: eventType,
    /** Client clock, epoch milliseconds. */
    ts: z.int().check(z.gte(1_500_000_000_000), z.lte(4_102_444_800_000)),
    props: z.optional(eventProps),
  })
  .check(
    // A survey score outside its measure's scale (CES 6 on a 1–5 scale) is refused at the edge (issue 14).
    z.refine((event) => scoreOnScale(event.props), { message: 'score_out_of_scale', path: ['props', 'score'] }),
  );
export type JourneyEvent = z.infer<typeof journeyEvent>;

/** True unless the props name a survey measure and carry a score off its scale (NPS 0–10, CSAT and CES 1–5). */
export function scoreOnScale(props: Record<string, unknown> | undefined): boolean {
  if (!props || !('score' in props) || !(surveyMeasures as readonly unknown[]).includes(props.measure)) return true;
  return typeof props.score === 'number' && isValidScore(props.measure as SurveyMeasure, props.score);
}

export const eventBatch = z.strictObject({
  /** Client-made id of this batch (every body carries one). */
  id: clientId,
  events: z.array(journeyEvent).check(z.minLength(1), z.maxLength(maxEventsPerBatch)),
});
export type EventBatch = z.infer<typeof eventBatch>;

/** The answer to a batch; the same for a replay, so a retry cannot tell the difference. */
export const eventBatchReceipt = z.strictObject({ received: z.int() });
export type EventBatchReceipt = z.infer<typeof eventBatchReceipt>;
