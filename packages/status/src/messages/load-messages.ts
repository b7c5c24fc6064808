/**
 * The tracker's messages in one language: English ships in the widget chunk, the others are chunks
 * of their own fetched only by visitors who read them (core's `messageLoader`).
 *
 * @example
 *   const t = await loadStatusMessages('ru');
 */
import { messageLoader } from '@retainer/core';
import en, { type StatusMessages } from './en.ts';

export const loadStatusMessages = messageLoader(
  'status',
  en,
  import.meta.glob<{ default: StatusMessages }>(['./*.ts', '!./en.ts', '!./load-messages.ts', '!./*.test.ts']),
);

export type { StatusMessages };
