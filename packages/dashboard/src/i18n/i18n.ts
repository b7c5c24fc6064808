/**
 * The dashboard's language: English ships in the main bundle (it is the fallback and the shape
 * every language file follows); Russian and Chinese load on demand. Adding a language means
 * adding one file in `messages/`.
 *
 * @example
 *   const i18n = createI18n();
 *   i18n.t.value.nav.inbox // 'Inbox'
 *   await i18n.setLanguage('ru');
 */
import { signal } from '@preact/signals';
import { type Language, languages } from '@retainer/schema';
import en, { type Messages } from './messages/en.ts';

const lazyMessages = import.meta.glob<{ default: Messages }>(['./messages/*.ts', '!./messages/en.ts']);
const storageKey = 'retainer.dashboard.lang';

/** `zh-Hans-CN` → `zh`; unknown → undefined. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return languages.find((lang) => lang === primary);
}

function preferredLanguage(): Language {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(storageKey);
  } catch {
    // Storage can be blocked; the browser's languages still apply.
  }
  for (const candidate of [saved, ...navigator.languages]) {
    const lang = matchLanguage(candidate);
    if (lang) return lang;
  }
  return 'en';
}

export function createI18n(initial: Language = preferredLanguage()) {
  const lang = signal<Language>('en');
  const t = signal<Messages>(en);

  async function setLanguage(next: Language, remember = false) {
    const load = lazyMessages[`./messages/${next}.ts`];
    const messages =
      next === 'en' || !load
        ? en
        : await load().then(
            (m) => m.default,
            () => en,
          );
    lang.value = messages === en ? 'en' : next;
    t.value = messages;
    document.documentElement.lang = lang.value;
    if (remember) {
      try {
        localStorage.setItem(storageKey, next);
      } catch {
        // Not remembered; the choice still applies to this visit.
      }
    }
  }

  const ready = setLanguage(initial);
  return { lang, t, setLanguage, ready };
}

export type I18n = ReturnType<typeof createI18n>;
export type { Messages };
