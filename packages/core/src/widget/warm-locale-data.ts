/**
 * Pays the page's first use of the browser's locale data in short tasks of its own while the site config is on its
 * way (issue 18), so the view's render task does not. Only what a widget uses at its first render: the plural rules
 * (every widget's messages may use them; under 1 ms), and, for a view that shows an `<input type="date">`, one such
 * input made and dropped (Blink loads the locale's date and number formats for it: 8–12 ms CPU at normal speed on
 * the bench's machine, half of it the locale's data, which the view's own date input then finds loaded).
 * Not `Intl.NumberFormat` or `Intl.DateTimeFormat`: no widget formats numbers or dates at its first render, and the
 * first of either builds V8's list of available locales, 18–31 ms CPU at normal speed, a long task of its own with
 * the CPU slowed 4× that bought the date input only ~5 ms.
 *
 * @example
 *   void warmLocaleData('ru', true); // a language the widget resolved; true: its view shows a date input
 */
import { yieldToMain } from './yield-to-main.ts';

const warmed = new Set<string>();

/** Once per page and key, in a task of its own. */
async function once(key: string, warm: () => void): Promise<void> {
  if (warmed.has(key)) return;
  warmed.add(key);
  await yieldToMain();
  warm();
}

export async function warmLocaleData(lang: string, dateInput?: boolean): Promise<void> {
  await once(lang, () => new Intl.PluralRules(lang));
  if (!dateInput) return;
  await once(`date ${lang}`, () => {
    const input = document.createElement('input');
    input.lang = lang; // the locale the view's date input asks for, so Blink finds it loaded
    input.type = 'date';
  });
}
