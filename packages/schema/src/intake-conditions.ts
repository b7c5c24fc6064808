/**
 * When a firm's own intake question is shown and which answers are required (issue 17). Plain functions,
 * no zod: the intake widget runs them on every keystroke and the collector runs the same ones on submit.
 *
 * @example
 *   isVisible(visaType, { fields: { practiceArea: 'immigration' }, answers: {} }) // true
 *   requiredFields(config, { fields: { contactMethod: 'phone' } }) // [..., 'phone', ...]
 */
import type { intakeFieldNames } from './constants.ts';

type Text = { en: string; ru?: string | undefined; zh?: string | undefined };
type BuiltInName = (typeof intakeFieldNames)[number];

export const questionKinds = ['shortText', 'longText', 'choice', 'yesNo', 'date'] as const;
export type QuestionKind = (typeof questionKinds)[number];
/** The value a yes/no question stores: every answer is a string, so conditions compare strings. */
export const yesNoValues = ['yes', 'no'] as const;

/** Shown only when every part holds: the practice area is one of `practiceAreas`, and `answer.field` equals `answer.equals`. */
export type QuestionCondition = {
  practiceAreas?: string[] | undefined;
  /** `field`: a built-in field's name or an earlier question's id. */
  answer?: { field: string; equals: string } | undefined;
};

export type IntakeQuestion = {
  /** `q-…`, never a built-in field's name. */
  id: string;
  kind: QuestionKind;
  label: Text;
  required: boolean;
  /** For `choice`: the options, each with its label. */
  options?: { id: string; label: Text }[] | undefined;
  showWhen?: QuestionCondition | undefined;
};

/** Built-in fields (by name) and custom answers (by question id), as the visitor filled them. */
export type IntakeValues = {
  fields: Partial<Record<BuiltInName, string | string[] | undefined>>;
  answers?: Record<string, string> | undefined;
};

type QuestionsConfig = {
  intake: { fields: { name: BuiltInName; required: boolean }[]; questions?: IntakeQuestion[] | undefined };
};

/** A built-in field's or a custom question's value, '' when absent. */
export function answerOf(values: IntakeValues, field: string): string {
  const builtIn = (values.fields as Record<string, unknown>)[field];
  const value = builtIn ?? values.answers?.[field];
  return typeof value === 'string' ? value : '';
}

export function isVisible(question: Pick<IntakeQuestion, 'showWhen'>, values: IntakeValues): boolean {
  const when = question.showWhen;
  if (!when) return true;
  if (when.practiceAreas?.length && !when.practiceAreas.includes(answerOf(values, 'practiceArea'))) return false;
  if (when.answer && answerOf(values, when.answer.field) !== when.answer.equals) return false;
  return true;
}

/**
 * The answers of the questions shown, in order; a hidden question's answer is dropped before the questions after it
 * are judged, so a chain (A → B → C) hides C when B is hidden whatever B once held.
 */
export function shownAnswers(questions: readonly IntakeQuestion[], values: IntakeValues): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const question of questions) {
    const value = values.answers?.[question.id];
    if (isVisible(question, { fields: values.fields, answers: kept }) && value) kept[question.id] = value;
  }
  return kept;
}

/**
 * What must be filled: required built-in fields the site shows, the field of the chosen contact method, and the
 * required questions visible with these answers. Names are built-in field names and question ids.
 */
export function requiredFields(config: QuestionsConfig, values: IntakeValues): string[] {
  const shown = config.intake.fields.map((field) => field.name);
  const required = new Set<string>(config.intake.fields.filter((field) => field.required).map((field) => field.name));
  // Choosing "Phone" asks for a number; "Email" for an address (issue 17).
  const method = answerOf(values, 'contactMethod');
  if (method === 'phone' && shown.includes('phone')) required.add('phone');
  if (method === 'email' && shown.includes('email')) required.add('email');
  const answers = shownAnswers(config.intake.questions ?? [], values);
  for (const question of config.intake.questions ?? []) {
    if (question.required && isVisible(question, { fields: values.fields, answers })) required.add(question.id);
  }
  return [...required];
}
