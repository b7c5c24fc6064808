/**
 * Loads one language's messages. English ships inside the runtime (it is the
 * fallback); every other language is its own small chunk, fetched only by
 * visitors who need it.
 *
 * @example
 *   const t = await loadMessages('ru');
 *   t.intake.submit // 'Отправить заявку'
 */
import type { Language } from '@retainer/schema';
import { warn } from '../errors.ts';
import en, { type Messages } from './messages/en.ts';

const lazyMessages = import.meta.glob<{ default: Messages }>(['./messages/*.ts', '!./messages/en.ts']);

/** The languages that have a message file. */
export const messageLanguages = ['en', ...Object.keys(lazyMessages).map((path) => path.slice(11, -3))];

export async function loadMessages(lang: Language): Promise<Messages> {
  const load = lazyMessages[`./messages/${lang}.ts`];
  if (lang === 'en' || !load) return en;
  try {
    return (await load()).default;
  } catch (error) {
    warn(`could not load the "${lang}" messages; using English`, error);
    return en;
  }
}

export type { Messages };
export { en as englishMessages };
