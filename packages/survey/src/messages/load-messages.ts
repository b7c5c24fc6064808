/**
 * The survey's messages in one language: English ships in the widget chunk, the others are
 * chunks of their own fetched only by clients who read them (the directory's pattern).
 *
 * @example
 *   const t = await loadSurveyMessages('zh');
 */
import type { Language } from '@retainer/schema';
import en, { type SurveyMessages } from './en.ts';

const lazy = import.meta.glob<{ default: SurveyMessages }>(['./*.ts', '!./en.ts', '!./load-messages.ts']);

export async function loadSurveyMessages(lang: Language): Promise<SurveyMessages> {
  const load = lazy[`./${lang}.ts`];
  if (lang === 'en' || !load) return en;
  return (await load().catch(() => ({ default: en }))).default;
}

export type { SurveyMessages };
