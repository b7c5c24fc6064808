/**
 * One intake as the inbox shows it: decrypted answers (signed-in users only ever reach this),
 * the response clock, and the names the conflict check looks up.
 *
 * @example
 *   const fields = intakeFields(cipher, row);
 *   const item = inboxItem(row, fields, flags, assignee, now);
 */
import { type IntakeFields, intakeFieldNames } from '@retainer/schema';
import type { ConflictFlag, InboxItem, IntakeState } from '@retainer/schema/admin';
import { responseClock } from '../business-hours/index.ts';
import type { CheckedName } from '../conflicts/index.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { isAnswerField } from '../intake/custom-answers.ts';
import type { FirmIntake } from './firm-intakes.ts';

const fieldNames: ReadonlySet<string> = new Set(intakeFieldNames);

/**
 * Every answer of the intake: personal fields decrypted, plain details, practice area. Only form
 * fields: what else `details` keeps (language, the chosen lawyer, the spam signal) has its own place in
 * the detail, and the dashboard's strict `intakeFields` refuses anything else (issue 14).
 */
export function intakeFields(cipher: FieldCipher, row: FirmIntake, only?: readonly string[]): IntakeFields {
  const fields: Record<string, unknown> = {};
  const details = JSON.parse(row.details) as Record<string, unknown>;
  for (const [name, value] of Object.entries(details)) if (fieldNames.has(name)) fields[name] = value;
  if (row.practice_area) fields.practiceArea = row.practice_area;
  const tokens = JSON.parse(row.personal) as Record<string, string>;
  for (const [field, token] of Object.entries(tokens)) {
    if ((only && !only.includes(field)) || isAnswerField(field)) continue;
    fields[field] = JSON.parse(cipher.decrypt(token, { site: row.site, id: row.id, field }));
  }
  return fields as IntakeFields;
}

export function intakeLanguage(row: FirmIntake): string | null {
  const { lang } = JSON.parse(row.details) as { lang?: string };
  return lang ?? null;
}

/** The names a conflict check looks up for an intake. */
export function checkedNames(fields: IntakeFields): CheckedName[] {
  return [
    ...(fields.name ? [{ name: fields.name, role: 'submitter' as const }] : []),
    ...(fields.adverseParties ?? []).map((name) => ({ name, role: 'adverse' as const })),
    ...(fields.relatedParties ?? []).map((name) => ({ name, role: 'related' as const })),
  ];
}

export function clockOf(row: FirmIntake, now: number) {
  return responseClock({
    hours: row.hours,
    target: row.target,
    receivedAt: row.received_at,
    firstContactAt: row.first_contact_at,
    now,
  });
}

export function inboxItem(
  row: FirmIntake,
  fields: IntakeFields,
  conflicts: ConflictFlag[],
  assignee: { id: string; name: string } | null,
  now: number,
  conflictCleared = false,
): InboxItem {
  return {
    id: row.id,
    site: row.site,
    reference: row.reference,
    receivedAt: row.received_at,
    state: row.state as IntakeState,
    practiceArea: row.practice_area,
    name: fields.name ?? '',
    assignee,
    clock: clockOf(row, now),
    conflicts,
    conflictCleared,
    erased: row.erased_at !== null,
  };
}

/** Overdue first (the longest overdue on top), then newest first. */
export function inboxOrder(a: InboxItem, b: InboxItem): number {
  if (a.clock.overdue !== b.clock.overdue) return a.clock.overdue ? -1 : 1;
  if (a.clock.overdue) return a.clock.dueAt - b.clock.dueAt;
  return b.receivedAt - a.receivedAt;
}
