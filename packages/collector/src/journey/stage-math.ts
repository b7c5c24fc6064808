/**
 * The arithmetic of the map, kept apart from SQL: which stage a stage converts from, the
 * satisfaction scores and the weakest step.
 *
 * @example
 *   satisfactionOf('nps', [{ score: 10, events: 3 }, { score: 2, events: 1 }]); // value 50
 */
import { cesSummary, csatSummary, npsSummary } from '@retainer/schema';
import type { JourneyStageName, Satisfaction, StageSummary, WeakestStep } from '@retainer/schema/admin';

/** The stage each stage's conversion is counted from; returning clients come back after `decide`. */
export const previousStage: Record<JourneyStageName, JourneyStageName | null> = {
  discover: null,
  explore: 'discover',
  contact: 'explore',
  decide: 'contact',
  service: 'decide',
  payment: 'service',
  feedback: 'payment',
  return: 'decide',
};

/** Where each survey measure is taken (DESIGN.md: effort after first contact, CSAT during the matter, NPS at the end). */
export const measureStage = { ces: 'contact', csat: 'service', nps: 'feedback' } as const;

export type ScoreCount = { score: number; events: number };

export function satisfactionOf(measure: Satisfaction['measure'], scores: readonly ScoreCount[]): Satisfaction {
  const responses = scores.reduce((sum, s) => sum + s.events, 0);
  if (responses === 0) return { measure, responses, value: null };
  // The survey dashboard's arithmetic (schema's survey-scores), so both pages show the same number.
  const answers = scores.flatMap((s) => Array.from({ length: s.events }, () => s.score));
  const summary =
    measure === 'nps' ? npsSummary(answers) : measure === 'csat' ? csatSummary(answers) : cesSummary(answers);
  return { measure, responses, value: summary.score };
}

/** A step needs this many journeys at its start before it can be called the weakest. */
export const minWeakestVolume = 5;

export function weakestStep(stages: readonly StageSummary[]): WeakestStep | null {
  let weakest: WeakestStep | null = null;
  const reached = new Map(stages.map((s) => [s.stage, s.reached]));
  for (const stage of stages) {
    if (!stage.from || stage.conversion === null || stage.dropOff === null) continue;
    // Coming back for new help is rare by nature and no step of the funnel: never the "weakest step" (issue 14).
    if (stage.stage === 'return') continue;
    const reachedFrom = reached.get(stage.from) ?? 0;
    if (reachedFrom < minWeakestVolume) continue;
    if (!weakest || stage.conversion < weakest.conversion) {
      weakest = {
        stage: stage.stage,
        from: stage.from,
        conversion: stage.conversion,
        reachedFrom,
        reached: reachedFrom - stage.dropOff,
        dropOff: stage.dropOff,
      };
    }
  }
  return weakest;
}

export function median(sortedMiddle: readonly number[]): number | null {
  if (sortedMiddle.length === 0) return null;
  return sortedMiddle.reduce((a, b) => a + b, 0) / sortedMiddle.length;
}
