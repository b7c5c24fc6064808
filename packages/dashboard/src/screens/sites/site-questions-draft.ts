/**
 * The site's own intake questions (issue 17) as the editor holds them — a row per question, per option, strings per
 * language — and back to the API's `IntakeQuestion`s. The condition's checks are the schema's own
 * (`questionSetIssues`), so the editor and the collector refuse the same things.
 *
 * @example
 *   const rows = questionRows(site.intakeQuestions ?? []);
 *   const questions = questionsFromRows(rows);
 */
import type { IntakeQuestion, Language, QuestionKind } from '@retainer/schema';

type Texts = { en: string; ru: string; zh: string };
export type OptionRow = Texts & { key: number; id: string };
export type QuestionRow = Texts & {
  key: number;
  id: string;
  kind: QuestionKind;
  required: boolean;
  options: OptionRow[];
  /** Practice area ids; none: every area. */
  areas: string[];
  /** '' for no answer condition, else `contactMethod` or an earlier question's id. */
  answerField: string;
  answerEquals: string;
};

let nextKey = 1;
const texts = (label: Partial<Record<Language, string>> = {}): Texts => ({
  en: label.en ?? '',
  ru: label.ru ?? '',
  zh: label.zh ?? '',
});

/** `q-` and eight random letters or digits: stable across edits, so answers keep their question. */
export function newQuestionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `q-${[...bytes].map((b) => (b % 36).toString(36)).join('')}`;
}

export const newOptionRow = (rows: readonly OptionRow[]): OptionRow => {
  let n = rows.length + 1;
  while (rows.some((row) => row.id === `option-${n}`)) n++;
  return { key: nextKey++, id: `option-${n}`, ...texts() };
};

export const newQuestionRow = (): QuestionRow => ({
  key: nextKey++,
  id: newQuestionId(),
  kind: 'shortText',
  required: false,
  options: [],
  areas: [],
  answerField: '',
  answerEquals: '',
  ...texts(),
});

export function questionRows(questions: readonly IntakeQuestion[]): QuestionRow[] {
  return questions.map((q) => ({
    key: nextKey++,
    id: q.id,
    kind: q.kind,
    required: q.required,
    options: (q.options ?? []).map((o) => ({ key: nextKey++, id: o.id, ...texts(o.label) })),
    areas: [...(q.showWhen?.practiceAreas ?? [])],
    answerField: q.showWhen?.answer?.field ?? '',
    answerEquals: q.showWhen?.answer?.equals ?? '',
    ...texts(q.label),
  }));
}

function localized(text: Texts) {
  const result: { en: string; ru?: string; zh?: string } = { en: text.en.trim() };
  if (text.ru.trim()) result.ru = text.ru.trim();
  if (text.zh.trim()) result.zh = text.zh.trim();
  return result;
}

export function questionsFromRows(rows: readonly QuestionRow[]): IntakeQuestion[] {
  return rows.map((row) => {
    const question: IntakeQuestion = { id: row.id, kind: row.kind, label: localized(row), required: row.required };
    if (row.kind === 'choice') question.options = row.options.map((o) => ({ id: o.id, label: localized(o) }));
    const showWhen: NonNullable<IntakeQuestion['showWhen']> = {};
    if (row.areas.length > 0) showWhen.practiceAreas = [...row.areas];
    if (row.answerField) showWhen.answer = { field: row.answerField, equals: row.answerEquals };
    if (showWhen.practiceAreas || showWhen.answer) question.showWhen = showWhen;
    return question;
  });
}
