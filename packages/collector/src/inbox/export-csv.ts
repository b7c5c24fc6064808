/**
 * The inbox as CSV for a spreadsheet: one row per intake, every answer, the clock and the
 * conflict flags. Cells go through `toCsv`, which quotes them and disarms formulas.
 *
 * @example
 *   inboxCsv([{ item, fields }]); // 'Reference,Site,…\r\nHV-7K2M,harbor-vale,…\r\n'
 */
import type { IntakeFields } from '@retainer/schema';
import type { InboxItem } from '@retainer/schema/admin';
import { toCsv } from '../csv/index.ts';

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
const hours = (ms: number) => (ms / 3_600_000).toFixed(2);

const columns: [string, (item: InboxItem, fields: IntakeFields) => string | number | null | undefined][] = [
  ['Reference', (i) => i.reference],
  ['Site', (i) => i.site],
  ['Received', (i) => iso(i.receivedAt)],
  ['State', (i) => i.state],
  ['Practice area', (i) => i.practiceArea],
  ['Name', (_, f) => f.name],
  ['Email', (_, f) => f.email],
  ['Phone', (_, f) => f.phone],
  ['Contact method', (_, f) => f.contactMethod],
  ['Jurisdiction', (_, f) => f.jurisdiction],
  ['Deadline', (_, f) => f.deadline],
  ['Adverse parties', (_, f) => f.adverseParties?.join('; ')],
  ['Related parties', (_, f) => f.relatedParties?.join('; ')],
  ['Description', (_, f) => f.description],
  ['Referral', (_, f) => f.referral],
  ['Assignee', (i) => i.assignee?.name],
  ['First contact', (i) => iso(i.clock.firstContactAt)],
  ['Business hours to first contact', (i) => hours(i.clock.businessMs)],
  ['Due', (i) => iso(i.clock.dueAt)],
  ['Overdue', (i) => (i.clock.overdue ? 'yes' : 'no')],
  ['Conflicts', (i) => i.conflicts.map((f) => `${f.name} ~ ${f.match.name} (${f.match.kind})`).join('; ')],
  ['Erased', (i) => (i.erased ? 'yes' : 'no')],
];

export function inboxCsv(rows: readonly { item: InboxItem; fields: IntakeFields }[]): string {
  // The BOM makes Excel read UTF-8 (Cyrillic and Chinese names) instead of the system code page.
  return `\uFEFF${toCsv([columns.map(([title]) => title), ...rows.map(({ item, fields }) => columns.map(([, cell]) => cell(item, fields)))])}`;
}
