/**
 * Errors that mean "the database cannot take this right now" rather than "this request is wrong":
 * PostgreSQL down, restarting or out of connections; the disk full; SQLite locked past its wait.
 * They are answered 503 with Retry-After, so widgets retry and nothing is lost.
 *
 * @example
 *   if (isStorageUnavailable(error)) return problemResponse(new ProblemError(503, problemTypes.unavailable, ...));
 */

const unavailableCodes = new Set([
  // The network and the socket.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  // PostgreSQL: connection exceptions (08), insufficient resources (53), operator intervention (57).
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53000',
  '53100',
  '53200',
  '53300',
  '57P01',
  '57P02',
  '57P03',
  // SQLite and the file system: a full disk, a lock held past busy_timeout.
  'SQLITE_FULL',
  'SQLITE_BUSY',
  'SQLITE_IOERR',
  'ENOSPC',
]);

// pg's pool reports these without a code.
const unavailableMessages =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

export function isStorageUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (unavailableCodes.has(code) || code.startsWith('SQLITE_IOERR'))) return true;
  return unavailableMessages.test(error.message) || (error.cause !== undefined && isStorageUnavailable(error.cause));
}
