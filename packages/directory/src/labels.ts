/**
 * Names shown for codes: practice-area slugs through the site's labels, language codes through
 * the widget's message files, falling back to the browser's `Intl.DisplayNames`.
 *
 * @example
 *   languageName('zh', 'en', t.languageNames) // 'Chinese'
 */
import type { Language, PublicSiteConfig } from '@retainer/schema';
import { pickText } from '@retainer/schema';

export function practiceName(site: PublicSiteConfig, id: string, lang: Language): string {
  const area = site.practiceAreas.find((a) => a.id === id);
  return area ? pickText(area.label, lang) : id;
}

const displayNames = new Map<Language, Intl.DisplayNames>();

/** From the message file when listed there; otherwise the browser's name (slow to set up, so only for rare codes). */
export function languageName(code: string, lang: Language, known: Readonly<Record<string, string>>): string {
  const listed = known[code];
  if (listed) return listed;
  try {
    let names = displayNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: 'language' });
      displayNames.set(lang, names);
    }
    return names.of(code) ?? code;
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
