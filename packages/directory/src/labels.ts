/**
 * Names shown for codes: practice-area slugs through the site's labels, language codes through
 * the browser's own `Intl.DisplayNames` (no word lists shipped).
 *
 * @example
 *   languageName('zh', 'en') // 'Chinese'
 */
import type { Language, PublicSiteConfig } from '@retainer/schema';
import { pickText } from '@retainer/schema';

export function practiceName(site: PublicSiteConfig, id: string, lang: Language): string {
  const area = site.practiceAreas.find((a) => a.id === id);
  return area ? pickText(area.label, lang) : id;
}

export function languageName(code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0])
    .slice(0, 2)
    .join('')
    .toLocaleUpperCase();
