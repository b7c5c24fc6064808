/**
 * The messages every widget shares (the load-failure notice, the support reference), in one language; each
 * widget's own strings live in its package and load the same way (`messageLoader`).
 *
 * @example
 *   const t = await loadMessages('ru');
 *   t.tryAgain // 'Попробовать ещё раз'
 */

import { fileLanguages, messageLoader } from './message-loader.ts';
import en, { type Messages } from './messages/en.ts';

const lazy = import.meta.glob<{ default: Messages }>(['./messages/*.ts', '!./messages/en.ts']);

export const loadMessages = messageLoader('core', en, lazy);

/** The languages that have a message file. */
export const messageLanguages = /* @__PURE__ */ fileLanguages(lazy);

export type { Messages };
