/**
 * The inbox as CSV for a spreadsheet: one row per intake, every answer, the clock and the
 * conflict flags. Cells go through `toCsv`, which quotes them and disarms formulas.
 *
 * @example
 *   inboxCsv([{ item, fields }]); // 'Reference,Site,…\r\nHV-7K2M,harbor-vale,…\r\n'
 */
import type { IntakeFields } from '@retainer/schema';
import type { InboxItem, IntakeAnswerRecord } from '@retainer/schema/admin';
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

type CsvRow = { item: InboxItem; fields: IntakeFields; answers?: readonly IntakeAnswerRecord[] };

/**
 * The firm's own questions follow the built-in columns (issue 17): one column per question any exported intake
 * answered, headed by its English label as last answered, with the option's label for a choice.
 */
function answerColumns(rows: readonly CsvRow[]) {
  const titles = new Map<string, string>();
  for (const { answers } of rows) for (const answer of answers ?? []) titles.set(answer.id, answer.label.en);
  return [...titles].map(([id, title]) => {
    const cell = (row: CsvRow) => {
      const answer = row.answers?.find((a) => a.id === id);
      return answer ? (answer.valueLabel?.en ?? answer.value) : '';
    };
    return [title, cell] as const;
  });
}

export function inboxCsv(rows: readonly CsvRow[]): string {
  const extra = answerColumns(rows);
  const header = [...columns.map(([title]) => title), ...extra.map(([title]) => title)];
  const body = rows.map((row) => [
    ...columns.map(([, cell]) => cell(row.item, row.fields)),
    ...extra.map(([, cell]) => cell(row)),
  ]);
  // The BOM makes Excel read UTF-8 (Cyrillic and Chinese names) instead of the system code page.
  return `\uFEFF${toCsv([header, ...body])}`;
}
