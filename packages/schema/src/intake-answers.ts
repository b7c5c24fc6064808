/**
 * The answers a submission carries for the firm's own questions (issue 17). Apart from the questions' schemas so the
 * intake widget's validator chunk, which checks answers, does not carry the question editor's schemas.
 *
 * @example
 *   intakeAnswers.safeParse({ 'q-visa': 'work' }).success // true
 */
import * as z from 'zod/mini';
import { answerLimits, maxQuestions } from './intake-rules.ts';

export { answerLimits, maxQuestions };

/** `q-` and a few letters or digits: never a built-in field's name, safe in paths and CSV headers. */
export const questionId = z.string().check(z.regex(/^q-[a-z0-9]{1,32}$/, 'invalid_id'));

/** A named rule, so the intake's browser check (`describeShape`, issue 18) knows it. */
export function withinMaxQuestions(answers: Record<string, string>): boolean {
  return Object.keys(answers).length <= maxQuestions;
}

/** A submission's answers by question id; each kind's own rules are checked against the site's config. */
export const intakeAnswers = z
  .record(questionId, z.string().check(z.trim(), z.maxLength(answerLimits.longText, 'too_long')))
  .check(z.refine(withinMaxQuestions, 'too_many'));
