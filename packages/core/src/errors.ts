/**
 * How the runtime reports trouble: setup mistakes throw a prefixed, readable
 * error the web admin can act on; network and runtime trouble is only warned
 * about, never thrown into the host page.
 *
 * @example
 *   if (!site) throw setupError('add data-site="your-site" to the script tag');
 *   warn('could not send events', error);
 */
const prefix = '[retainer]';

export function setupError(message: string): Error {
  return new Error(`${prefix} ${message}`);
}

export function warn(message: string, ...cause: unknown[]): void {
  console.warn(`${prefix} ${message}`, ...cause);
}
