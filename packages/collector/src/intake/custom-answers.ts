/**
 * Answers to the firm's own questions (issue 17), encrypted at rest like every free-text field: each is a token in
 * the intake's `personal` map under `answer:<question id>`, so erasure, retention and key rotation (which walk that
 * map) cover them. The token holds the question's label as it was when answered, so later edits do not rewrite it.
 *
 * @example
 *   const tokens = encryptAnswers(cipher, site, id, config.intake.questions, { 'q-visa': 'work' });
 *   storedAnswers(cipher, row); // [{ id: 'q-visa', kind: 'choice', label: { en: 'Visa type' }, value: 'work', … }]
 */
import type { IntakeQuestion } from '@retainer/schema';
import type { IntakeAnswerRecord } from '@retainer/schema/admin';
import type { FieldCipher } from '../crypto/field-cipher.ts';

const prefix = 'answer:';
export const answerField = (questionId: string) => `${prefix}${questionId}`;
export const isAnswerField = (field: string) => field.startsWith(prefix);

/** Field → token for the non-empty answers, in the order the form shows its questions. */
export function encryptAnswers(
  cipher: FieldCipher,
  site: string,
  id: string,
  questions: readonly IntakeQuestion[],
  answers: Record<string, string> = {},
): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (!value) continue;
    const option = question.kind === 'choice' ? question.options?.find((o) => o.id === value) : undefined;
    const record: IntakeAnswerRecord = {
      id: question.id,
      kind: question.kind,
      label: question.label,
      value,
      ...(option ? { valueLabel: option.label } : {}),
    };
    const field = answerField(question.id);
    tokens[field] = cipher.encrypt(JSON.stringify(record), { site, id, field });
  }
  return tokens;
}

/** The intake's answers, decrypted, in the order they were stored. */
export function storedAnswers(cipher: FieldCipher, row: { site: string; id: string; personal: string }) {
  const tokens = JSON.parse(row.personal) as Record<string, string>;
  return Object.entries(tokens)
    .filter(([field]) => isAnswerField(field))
    .map(
      ([field, token]) =>
        JSON.parse(cipher.decrypt(token, { site: row.site, id: row.id, field })) as IntakeAnswerRecord,
    );
}
