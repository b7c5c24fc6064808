/**
 * The FAQ bot's messages in one language: English ships in the widget chunk, the others
 * are chunks of their own fetched only by visitors who read them (core's `messageLoader`).
 *
 * @example
 *   const t = await loadFaqMessages('zh');
 */
import { messageLoader } from '@retainer/core';
import en, { type FaqMessages } from './en.ts';

export const loadFaqMessages = messageLoader(
  'faq',
  en,
  import.meta.glob<{ default: FaqMessages }>(['./*.ts', '!./en.ts', '!./load-messages.ts', '!./*.test.ts']),
);

export type { FaqMessages };
