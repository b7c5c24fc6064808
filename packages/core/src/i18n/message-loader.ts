/**
 * The one message-file loader every widget uses (issue 18): English ships in the chunk that imports it and is the
 * fallback; every other language is a chunk of its own, fetched only by visitors who read it. Each package keeps
 * its own `import.meta.glob` (Vite resolves it relative to the file) and hands the result here.
 *
 * @example
 *   const lazy = import.meta.glob<{ default: FaqMessages }>(['./*.ts', '!./en.ts', '!./load-messages.ts']);
 *   export const loadFaqMessages = messageLoader('faq', en, lazy);
 *   const t = await loadFaqMessages('zh');
 */
import type { Language } from '@retainer/schema';
import { warn } from '../errors.ts';

/** What `import.meta.glob` returns for a folder of message files (`./ru.ts` or `./messages/ru.ts` → its loader). */
export type LazyMessages<M> = Record<string, () => Promise<{ default: M }>>;

/** Loads one language's messages. */
export type MessageLoader<M> = (lang: Language) => Promise<M>;

export function messageLoader<M>(name: string, en: M, lazy: LazyMessages<M>): MessageLoader<M> {
  return async (lang) => {
    const file = Object.entries(lazy).find(([path]) => path.endsWith(`/${lang}.ts`))?.[1];
    if (lang === 'en' || !file) return en;
    try {
      return (await file()).default;
    } catch (error) {
      warn(`${name}: could not load the "${lang}" messages; using English`, error);
      return en;
    }
  };
}

/** The languages a folder of message files has, English first (`./ru.ts` or `./messages/ru.ts` → `ru`). */
export const fileLanguages = (lazy: LazyMessages<unknown>): string[] => [
  'en',
  ...Object.keys(lazy).map((path) => path.slice(path.lastIndexOf('/') + 1, -3)),
];
