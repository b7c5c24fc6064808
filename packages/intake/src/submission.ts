/**
 * Turning what the visitor typed into a submission: trimmed answers of the
 * fields the form shows (empty ones left out), and whether a new attempt is
 * the same submission as the one still pending (then it keeps its id).
 *
 * @example
 *   collectAnswers({ ...emptyDraft(), name: ' Ann ' }, ['name', 'email']) // { name: 'Ann' }
 */
import type { IntakeFieldName, IntakeFields, IntakeSubmission } from '@retainer/schema';

export type PartyField = 'adverseParties' | 'relatedParties';
export type TextField = Exclude<IntakeFieldName, PartyField>;
export type IntakeDraft = Record<TextField, string> & Record<PartyField, string[]>;

export const emptyDraft = (): IntakeDraft => ({
  name: '',
  email: '',
  phone: '',
  contactMethod: '',
  practiceArea: '',
  jurisdiction: '',
  description: '',
  adverseParties: [''],
  relatedParties: [''],
  deadline: '',
  referral: '',
});

export function collectAnswers(draft: IntakeDraft, shownFields: readonly IntakeFieldName[]): IntakeFields {
  const fields: Record<string, string | string[]> = {};
  for (const name of shownFields) {
    const value = draft[name];
    const answer = Array.isArray(value) ? value.map((v) => v.trim()).filter(Boolean) : value.trim();
    if (answer.length > 0) fields[name] = answer;
  }
  return fields as IntakeFields;
}

/** Everything but the id, the fill time and the human-check token (single use), which a retry may renew. */
export function sameAnswers(pending: IntakeSubmission, body: Omit<IntakeSubmission, 'id' | 'fillMs'>): boolean {
  const { id: _id, fillMs: _fillMs, captcha: _captcha, ...rest } = pending;
  return JSON.stringify(rest) === JSON.stringify(body);
}
