/**
 * CSV for spreadsheets, safely: fields quoted per RFC 4180 (CRLF rows, `"` doubled), and
 * any cell a spreadsheet could read as a formula neutralised with a leading apostrophe
 * (OWASP "CSV injection"): cells starting with = + - @ tab CR, or their full-width forms.
 *
 * @example
 *   toCsv([['name', 'note'], ['Ann', '=HYPERLINK("http://evil")']]);
 *   // 'name,note\r\nAnn,"\'=HYPERLINK(""http://evil"")"\r\n'
 */

export type CsvCell = string | number | boolean | null | undefined;

/** = + - @ tab CR, and the full-width ＝ ＋ － ＠ that some spreadsheets also evaluate. */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const needsQuotes = /[",\r\n]/;

/** A cell's text with formula triggers disarmed. */
export function neutraliseCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One field, escaped: numbers and booleans as they are, text neutralised then quoted if needed. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers we produce (timestamps, counts) are data, not text a visitor typed; a negative one stays a number.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = neutraliseCell(value);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, each row ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
