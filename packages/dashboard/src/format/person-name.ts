/**
 * A colleague's name as shown next to their work: a member removed since keeps their name, marked as a
 * former member (issue 17), so an old assignment or note never reads as nobody's.
 *
 * @example
 *   personName({ name: 'Ben Vale', former: true }, t); // 'Ben Vale (former member)'
 */
import type { Messages } from '../i18n/i18n.ts';

export function personName(person: { name: string; former?: boolean | undefined }, t: Messages): string {
  return person.former ? t.firmWork.formerMember(person.name) : person.name;
}
