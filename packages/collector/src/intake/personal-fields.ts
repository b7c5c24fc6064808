/**
 * Splits an intake's answers into encrypted personal fields and plain, non-personal
 * details, and back. Each value is JSON-encoded before encryption so lists survive.
 *
 * @example
 *   const personal = encryptPersonalFields(cipher, 'harbor-vale', id, fields);
 *   decryptPersonalFields(cipher, { site: 'harbor-vale', id, personal: JSON.stringify(personal) });
 */
import { type IntakeFields, personalIntakeFields } from '@retainer/schema';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { isAnswerField } from './custom-answers.ts';

type PersonalField = (typeof personalIntakeFields)[number];
const personal = new Set<string>(personalIntakeFields);

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Field name → token, for the non-empty personal fields. */
export function encryptPersonalFields(
  cipher: FieldCipher,
  site: string,
  id: string,
  fields: IntakeFields,
): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const field of personalIntakeFields) {
    const value = fields[field];
    if (!isEmpty(value)) tokens[field] = cipher.encrypt(JSON.stringify(value), { site, id, field });
  }
  return tokens;
}

/** The answers that are not personal (stored in clear for filtering), practice area excluded (own column). */
export function nonPersonalFields(fields: IntakeFields): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (!personal.has(field) && field !== 'practiceArea' && !isEmpty(value)) details[field] = value;
  }
  return details;
}

/** Decrypts a stored row's personal fields; throws if any token was moved, altered or made with another key. */
export function decryptPersonalFields(
  cipher: FieldCipher,
  row: { site: string; id: string; personal: string },
): Partial<Pick<IntakeFields, PersonalField>> {
  const tokens = JSON.parse(row.personal) as Record<string, string>;
  const fields: Record<string, unknown> = {};
  for (const [field, token] of Object.entries(tokens)) {
    if (isAnswerField(field)) continue;
    fields[field] = JSON.parse(cipher.decrypt(token, { site: row.site, id: row.id, field }));
  }
  return fields as Partial<Pick<IntakeFields, PersonalField>>;
}
