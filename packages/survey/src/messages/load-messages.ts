/**
 * The survey's messages in one language: English ships in the widget chunk, the others are
 * chunks of their own fetched only by clients who read them (core's `messageLoader`).
 *
 * @example
 *   const t = await loadSurveyMessages('zh');
 */
import { messageLoader } from '@retainer/core';
import en, { type SurveyMessages } from './en.ts';

export const loadSurveyMessages = messageLoader(
  'survey',
  en,
  import.meta.glob<{ default: SurveyMessages }>(['./*.ts', '!./en.ts', '!./load-messages.ts', '!./*.test.ts']),
);

export type { SurveyMessages };
