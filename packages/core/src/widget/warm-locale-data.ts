/**
 * Pays the page's first use of the browser's locale data in several short tasks while the site config is on its way
 * (issue 18). The first `Intl` call, the first number format and the first date format or `<input type="date">` on a
 * page each load part of ICU's data: 10–40 ms at normal speed on the bench's machine, all in the view's render task
 * before, a long task with the CPU slowed 4×. Once warmed, the view's own formats and date inputs cost little.
 *
 * @example
 *   void warmLocaleData('ru'); // a language the widget resolved (en, ru, zh): never throws
 */
import { yieldToMain } from './yield-to-main.ts';

// Constructing each is what loads its data; Intl.PluralRules comes first and pays for the locale itself.
const formats: (new (lang: string) => unknown)[] = [Intl.PluralRules, Intl.NumberFormat, Intl.DateTimeFormat];

let warmed = false;

export async function warmLocaleData(lang: string): Promise<void> {
  if (warmed) return;
  warmed = true;
  for (const Format of formats) {
    await yieldToMain();
    new Format(lang);
  }
}
