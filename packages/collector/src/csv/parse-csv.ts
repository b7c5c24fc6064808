/**
 * Parses CSV text per RFC 4180, leniently: CRLF or LF rows, quoted fields with doubled
 * quotes and line breaks, a leading BOM ignored, blank lines skipped.
 *
 * @example
 *   parseCsv('name,kind\r\n"Acme, Inc.",adverse\r\n'); // [['name', 'kind'], ['Acme, Inc.', 'adverse']]
 */

export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`Unterminated quoted field starting on line ${line}`);
    this.name = 'CsvError';
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRow = () => {
    row.push(field);
    // A blank line is one empty field: skip it.
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };

  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      line++;
      endRow();
    } else {
      field += char;
    }
  }
  if (quoted) throw new CsvError(quoteLine);
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
