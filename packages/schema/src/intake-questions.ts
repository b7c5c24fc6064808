/**
 * The firm's own intake questions (issue 17): their shape in the site config, and the answers a submission
 * carries. When a question is shown lives in `intake-conditions.ts` (no zod, so the widget's first chunk can use it).
 *
 * @example
 *   intakeQuestion.safeParse({ id: 'q-visa', kind: 'shortText', label: { en: 'Visa type' }, required: true,
 *     showWhen: { practiceAreas: ['immigration'] } }).success // true
 */
import * as z from 'zod/mini';
import { contactMethods } from './constants.ts';
import { localizedText } from './i18n.ts';
import { slug } from './ids.ts';
import { questionId } from './intake-answers.ts';
import { questionKinds, yesNoValues } from './intake-conditions.ts';

export { answerLimits, intakeAnswers, maxQuestions, questionId } from './intake-answers.ts';
export { questionKinds };

export const maxChoiceOptions = 20;

export const questionOption = z.strictObject({ id: slug, label: localizedText(120) });

export const questionCondition = z.strictObject({
  practiceAreas: z.optional(z.array(slug).check(z.maxLength(100))),
  answer: z.optional(
    z.strictObject({
      field: z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/, 'invalid_id')),
      equals: z.string().check(z.minLength(1, 'required'), z.maxLength(200, 'too_long')),
    }),
  ),
});

export const intakeQuestion = z.strictObject({
  id: questionId,
  kind: z.enum(questionKinds),
  label: localizedText(200),
  required: z.boolean(),
  options: z.optional(z.array(questionOption).check(z.maxLength(maxChoiceOptions, 'too_many'))),
  showWhen: z.optional(questionCondition),
});

type Question = z.infer<typeof intakeQuestion>;
/**
 * What the per-question shape cannot check: unique ids, options for a choice, and conditions that name a practice
 * area the site has and an earlier question (or the contact method) with a value it can hold — so conditions never
 * loop. Paths are `<index>.<field>`.
 */
export function questionSetIssues(
  questions: readonly Question[],
  practiceAreas: readonly { id: string }[],
): { path: string; code: string }[] {
  const issues: { path: string; code: string }[] = [];
  const seen: Question[] = [];
  questions.forEach((question, index) => {
    if (seen.some((q) => q.id === question.id)) issues.push({ path: `${index}.id`, code: 'duplicate' });
    const options = question.options ?? [];
    if (question.kind === 'choice' && options.length === 0) issues.push({ path: `${index}.options`, code: 'required' });
    if (new Set(options.map((o) => o.id)).size !== options.length) {
      issues.push({ path: `${index}.options`, code: 'duplicate' });
    }
    const when = question.showWhen;
    for (const area of when?.practiceAreas ?? []) {
      if (!practiceAreas.some((p) => p.id === area)) {
        issues.push({ path: `${index}.showWhen.practiceAreas`, code: 'unknown_option' });
      }
    }
    if (when?.answer) {
      const values = conditionValues(when.answer.field, seen);
      if (!values) issues.push({ path: `${index}.showWhen.answer.field`, code: 'unknown_option' });
      else if (!values.includes(when.answer.equals)) {
        issues.push({ path: `${index}.showWhen.answer.equals`, code: 'unknown_option' });
      }
    }
    seen.push(question);
  });
  return issues;
}

/** The values a condition can compare `field` with, or undefined when it may not name that field. */
export function conditionValues(field: string, earlier: readonly Question[]): readonly string[] | undefined {
  if (field === 'contactMethod') return contactMethods;
  const question = earlier.find((q) => q.id === field);
  if (question?.kind === 'yesNo') return yesNoValues;
  if (question?.kind === 'choice') return (question.options ?? []).map((o) => o.id);
  return undefined;
}
