/**
 * Client-made ids: every body the widgets send carries one so a retry is
 * stored once. `crypto.getRandomValues` works on plain-http pages too, where
 * `crypto.randomUUID` does not exist.
 *
 * @example
 *   newId() // 'q3J0yX1c5Zp6mW2r8TfB9A' (22 characters, URL-safe)
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
