/**
 * Picks the language a widget speaks: the widget's own setting, then the
 * nearest `lang` attribute around it (usually `<html lang>`), then the
 * browser's languages, then English.
 *
 * @example
 *   resolveLanguage(undefined, host, ['ru-RU', 'en']) // 'ru' when the page has no lang
 */
import { type Language, languages } from '@retainer/schema';

/** `zh-Hans-CN` → `zh`; unknown or empty → undefined. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return languages.find((lang) => lang === primary);
}

export function resolveLanguage(
  explicit: string | undefined,
  host: Element,
  browserLanguages: readonly string[] = navigator.languages,
): Language {
  const pageLang = host.parentElement?.closest('[lang]')?.getAttribute('lang');
  for (const candidate of [explicit, pageLang, ...browserLanguages]) {
    const lang = matchLanguage(candidate);
    if (lang) return lang;
  }
  return 'en';
}
