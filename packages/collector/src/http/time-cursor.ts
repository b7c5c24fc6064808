/**
 * Cursor paging over newest-first lists ordered by (time desc, id desc): the outbox, the access log, a webhook's
 * deliveries, an API key's uses. A cursor is `"<time>.<id>"` of the last row of the page before.
 *
 * @example
 *   if (cursor) { const { at, id } = readTimeCursor(cursor); query = query.where(…at…id…); }
 *   const { page, next } = pageAfter(await query.limit(limit + 1).execute(), limit, (row) => Number(row.at));
 */

/** The time and id a cursor names. */
export function readTimeCursor(cursor: string): { at: number; id: string } {
  const dot = cursor.indexOf('.');
  return { at: Number(cursor.slice(0, dot)), id: cursor.slice(dot + 1) };
}

/** The page of rows fetched with `limit + 1`, and the cursor after it (null on the last page). */
export function pageAfter<Row extends { id: string }>(
  rows: Row[],
  limit: number,
  timeOf: (row: Row) => number,
): { page: Row[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, next: rows.length > limit && last ? `${timeOf(last)}.${last.id}` : null };
}
