/**
 * Reference numbers a visitor can read out on the phone: a prefix from the site id
 * and 8 characters from an alphabet without 0/O, 1/I/L or U. 30^8 ≈ 6.6e11 values;
 * a collision is caught by the unique index and retried.
 *
 * @example
 *   newReference('harbor-vale') // 'HV-7K3M-2QX9'
 */
import { randomInt } from 'node:crypto';

export const referenceAlphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `HV` for `harbor-vale`; the site's public config shows it in examples (issue 14). */
export function referencePrefix(site: string): string {
  const parts = site.split('-').filter((part) => /^[a-z]/.test(part));
  const initials = parts.length > 1 ? parts.map((part) => part[0]).join('') : (parts[0] ?? 'rt').slice(0, 2);
  return initials.slice(0, 3).toUpperCase();
}

function randomChars(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += referenceAlphabet[randomInt(referenceAlphabet.length)];
  return out;
}

export function newReference(site: string): string {
  return `${referencePrefix(site)}-${randomChars(4)}-${randomChars(4)}`;
}
