/**
 * The directory's messages in one language: English ships in the widget chunk, the others
 * are chunks of their own fetched only by visitors who read them (core's `messageLoader`).
 *
 * @example
 *   const t = await loadDirectoryMessages('zh');
 */
import { messageLoader } from '@retainer/core';
import en, { type DirectoryMessages } from './en.ts';

export const loadDirectoryMessages = messageLoader(
  'directory',
  en,
  import.meta.glob<{ default: DirectoryMessages }>(['./*.ts', '!./en.ts', '!./load-messages.ts', '!./*.test.ts']),
);

export type { DirectoryMessages };
