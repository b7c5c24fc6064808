/**
 * CSV in and out: RFC 4180 quoting, formula-injection neutralising, a lenient parser.
 *
 * @example
 *   import { parseCsv, toCsv } from '../csv/index.ts';
 */
export { CsvError, parseCsv } from './parse-csv.ts';
export { type CsvCell, csvField, neutraliseCell, toCsv } from './write-csv.ts';
