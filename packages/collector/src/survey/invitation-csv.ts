/**
 * Reads a CSV of survey invitations: a header row naming `name` (or `client`), and optionally
 * `email`, `moment`, `practice_area`, `lawyer`, `lang`. Each row is checked like a single
 * invitation; bad rows are reported by line and skipped, good ones issued.
 *
 * @example
 *   invitationsFromCsv('name,email,moment\nAnn Lee,ann@example.com,end\n');
 */

import { issuesToErrors } from '@retainer/schema';
import { type CreateSurveyInvitation, createSurveyInvitation } from '@retainer/schema/admin';
import { parseCsv } from '../csv/index.ts';

export const maxInvitationRows = 2000;

const columns: Record<string, keyof CreateSurveyInvitation> = {
  name: 'clientName',
  client: 'clientName',
  client_name: 'clientName',
  email: 'email',
  moment: 'moment',
  practice_area: 'practiceArea',
  practicearea: 'practiceArea',
  lawyer: 'lawyer',
  lang: 'lang',
  language: 'lang',
};

export type CsvInvitations = {
  rows: { line: number; input: CreateSurveyInvitation }[];
  errors: { line: number; path: string; code: string }[];
};

/** Throws `CsvError` on an unterminated quote. `moment` defaults to `defaultMoment` when the column is missing. */
export function invitationsFromCsv(text: string, defaultMoment: CreateSurveyInvitation['moment']): CsvInvitations {
  const [head = [], ...body] = parseCsv(text);
  const fields = head.map(
    (cell) =>
      columns[
        cell
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      ],
  );
  const result: CsvInvitations = { rows: [], errors: [] };
  if (!fields.includes('clientName')) {
    result.errors.push({ line: 1, path: 'name', code: 'missing_column' });
    return result;
  }
  body.slice(0, maxInvitationRows).forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((cell) => !cell.trim())) return;
    const raw: Record<string, string> = { moment: defaultMoment };
    fields.forEach((field, column) => {
      // A leading apostrophe is how spreadsheets escape a formula-like cell.
      const value = (cells[column] ?? '').trim().replace(/^'(?=[=+\-@\t\r])/, '');
      if (field && value) raw[field] = value;
    });
    const parsed = createSurveyInvitation.safeParse(raw);
    if (parsed.success) result.rows.push({ line, input: parsed.data });
    else for (const error of issuesToErrors(parsed.error.issues)) result.errors.push({ line, ...error });
  });
  return result;
}
