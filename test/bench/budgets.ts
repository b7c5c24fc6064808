/**
 * The budgets from DESIGN.md ("Budgets"), and how a figure is printed beside its budget.
 *
 * @example
 *   console.log(row('intake loader', formatKb(1234), verdict(1234 <= budgets.loaderGzip), '≤ 1.5 KB'));
 */
export const budgets = {
  /** `/w/<name>.js`, gzip. */
  loaderGzip: 1.5 * 1024,
  /** A floating widget's loader with its launcher bubble, before opening (issue 5). */
  bubbleGzip: 3 * 1024,
  /** Every byte the first widget on a page fetches, gzip. */
  firstWidgetGzip: 24 * 1024,
  /** Every byte a widget fetches up to and after a submit (page load plus the lazy validator and post), gzip. */
  everyByteAfterSubmitGzip: 28 * 1024,
  /** Each further widget on the same page, gzip. */
  furtherWidgetGzip: 8 * 1024,
  /** Host page: no long task from a widget at or above this, and no layout shift. */
  longTaskMs: 50,
  layoutShift: 0,
  /** Durable ingest, one event per request, versus a bare node:http 204 server. */
  ingestRatio: 0.35,
  ingestP99Ms: 25,
  /** Issue 18: intake p99 under the junk flood, at most this many times the quiet p99 of the same run. */
  floodP99Factor: 3,
  collectorRssMb: 150,
  /** Dashboard journey queries, p95 at up to 10 M events, any filter combination. */
  journeySqliteMs: 150,
  journeyPostgresMs: 400,
} as const;

export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export function verdict(ok: boolean | undefined): Verdict {
  return ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL';
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

/** One aligned line: what, measured, budget, verdict. */
export function row(what: string, measured: string, budget: string, result: Verdict): string {
  return `  ${what.padEnd(44)} ${measured.padStart(14)}   budget ${budget.padEnd(12)} ${result}`;
}
