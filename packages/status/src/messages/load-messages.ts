/**
 * The tracker's messages in one language: English ships in the widget chunk, the others are chunks
 * of their own fetched only by visitors who read them (the pattern of core's i18n).
 *
 * @example
 *   const t = await loadStatusMessages('ru');
 */
import type { Language } from '@retainer/schema';
import en, { type StatusMessages } from './en.ts';

const lazy = import.meta.glob<{ default: StatusMessages }>(['./*.ts', '!./en.ts', '!./load-messages.ts']);

export async function loadStatusMessages(lang: Language): Promise<StatusMessages> {
  const load = lazy[`./${lang}.ts`];
  if (lang === 'en' || !load) return en;
  return (await load().catch(() => ({ default: en }))).default;
}

export type { StatusMessages };
