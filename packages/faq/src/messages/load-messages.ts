/**
 * The FAQ bot's messages in one language: English ships in the widget chunk, the others
 * are chunks of their own fetched only by visitors who read them (the pattern of core's i18n).
 *
 * @example
 *   const t = await loadFaqMessages('zh');
 */
import type { Language } from '@retainer/schema';
import en, { type FaqMessages } from './en.ts';

const lazy = import.meta.glob<{ default: FaqMessages }>(['./*.ts', '!./en.ts', '!./load-messages.ts']);

export async function loadFaqMessages(lang: Language): Promise<FaqMessages> {
  const load = lazy[`./${lang}.ts`];
  if (lang === 'en' || !load) return en;
  return (await load().catch(() => ({ default: en }))).default;
}

export type { FaqMessages };
