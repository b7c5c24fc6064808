/**
 * Pays the page's first use of the browser's locale data in several short tasks while the site config is on its way
 * (issue 18). The first `Intl` call, the first number format and the first date format or `<input type="date">` on a
 * page each load part of ICU's data: 10–40 ms at normal speed on the bench's machine, all in the view's render task
 * before, a long task with the CPU slowed 4×. Once warmed, the view's own formats and date inputs cost little.
 *
 * @example
 *   void warmLocaleData('ru');
 */
import { yieldToMain } from './yield-to-main.ts';

const steps: ((lang: string) => unknown)[] = [
  (lang) => new Intl.Locale(lang).maximize(),
  (lang) => new Intl.PluralRules(lang).select(1),
  (lang) => new Intl.NumberFormat(lang).format(1.5),
  (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(0),
];

let warmed = false;

export async function warmLocaleData(lang: string): Promise<void> {
  if (warmed) return;
  warmed = true;
  for (const step of steps) {
    await yieldToMain();
    try {
      step(lang);
    } catch {
      // A browser without one of these APIs: the view's own fallback pays, or needs nothing.
    }
  }
}
