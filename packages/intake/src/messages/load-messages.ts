/**
 * The intake's messages in one language: English ships in the widget chunk, the others are chunks of their own
 * fetched only by visitors who read them (core's `messageLoader`). They were core's once, so every widget
 * downloaded them (issue 18).
 *
 * @example
 *   const t = await loadIntakeMessages('ru');
 *   t.intake.submit // 'Отправить заявку'
 */
import { type Messages, messageLoader } from '@retainer/core';
import en, { type IntakeMessages } from './en.ts';

export const loadIntakeMessages = messageLoader(
  'intake',
  en,
  import.meta.glob<{ default: IntakeMessages }>(['./*.ts', '!./en.ts', '!./load-messages.ts', '!./*.test.ts']),
);

export type { IntakeMessages };

/** What the intake's views read as `t`: the messages every widget shares and the intake's own. */
export type IntakeText = Messages & IntakeMessages;
