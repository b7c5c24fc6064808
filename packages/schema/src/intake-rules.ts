/**
 * The intake's rules that depend on the site (required fields, fields the site shows, its practice areas and its own
 * questions), run by the collector on submit and by the intake widget before it. No zod here: the widget's check
 * chunk stays small (issue 18).
 *
 * @example
 *   intakeFieldIssues(config, { name: '' }) // [{ path: 'name', code: 'required' }, …]
 */
import type { IntakeFields } from './intake.ts';
import { type IntakeValues, isVisible, requiredFields } from './intake-conditions.ts';
import type { IntakeFieldName, PublicSiteConfig } from './site-config.ts';

/** The most questions a firm adds to its intake (issue 17). */
export const maxQuestions = 30;
/** The longest answer of each kind; a short text is one line, a long text a story. */
export const answerLimits = { shortText: 200, longText: 5000 } as const;

export type FieldIssue = { path: string; code: string };

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Checks site-specific rules the fixed shape cannot: required fields (the chosen contact method's too), fields the
 * site does not show, known practice areas. Paths are field names.
 */
export function intakeFieldIssues(config: PublicSiteConfig, fields: IntakeFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const shown = new Set(config.intake.fields.map((f) => f.name));
  const required = new Set(requiredFields(config, { fields }));
  for (const field of config.intake.fields) {
    if (required.has(field.name) && isEmpty(fields[field.name])) issues.push({ path: field.name, code: 'required' });
  }
  for (const name of Object.keys(fields) as IntakeFieldName[]) {
    if (!shown.has(name) && !isEmpty(fields[name])) issues.push({ path: name, code: 'not_allowed' });
  }
  const area = fields.practiceArea;
  if (area && !config.practiceAreas.some((p) => p.id === area)) {
    issues.push({ path: 'practiceArea', code: 'unknown_option' });
  }
  return issues;
}

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The firm's own questions (issue 17): an answer to an unknown or hidden question is refused (`not_allowed`), a
 * required visible one must be there, and each answer fits its kind. Paths are `answers.<question id>`.
 */
export function intakeAnswerIssues(
  config: PublicSiteConfig,
  fields: IntakeFields,
  answers: Record<string, string> = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const questions = config.intake.questions ?? [];
  const values: IntakeValues = { fields, answers };
  const required = new Set(requiredFields(config, values));
  for (const id of Object.keys(answers)) {
    const question = questions.find((q) => q.id === id);
    if (!question || !isVisible(question, values)) issues.push({ path: `answers.${id}`, code: 'not_allowed' });
  }
  for (const question of questions) {
    const path = `answers.${question.id}`;
    const value = answers[question.id] ?? '';
    if (value === '') {
      if (required.has(question.id)) issues.push({ path, code: 'required' });
      continue;
    }
    const code = answerIssue(question, value);
    if (code) issues.push({ path, code });
  }
  return issues;
}

function answerIssue(question: NonNullable<PublicSiteConfig['intake']['questions']>[number], value: string) {
  switch (question.kind) {
    case 'shortText':
      return value.length > answerLimits.shortText ? 'too_long' : undefined;
    case 'longText':
      return undefined;
    case 'choice':
      return question.options?.some((o) => o.id === value) ? undefined : 'unknown_option';
    case 'yesNo':
      return value === 'yes' || value === 'no' ? undefined : 'unknown_option';
    case 'date':
      return isoDay.test(value) ? undefined : 'invalid_date';
  }
}
