/**
 * @retainer/faq — the FAQ bot: a launcher bubble in a corner (vanilla, in the loader) that opens a chat
 * answering from the firm's own FAQ with its sources, and hands off to a person (intake form prefilled
 * with the question, phone or email with office hours). `<retainer-faq>` renders the chat inline.
 * Built like the other widgets: `index.ts` (entry), `faq.tsx` (view), `model.ts`.
 *
 * @example
 *   <script async src="https://retainer.example.com/w/faq.js" data-site="harbor-vale" data-position="bottom-right"></script>
 *   Retainer('open', 'faq');
 */
import { defineWidget } from '@retainer/core';
import { FaqView, openers } from './faq.tsx';
import { faqCss } from './styles.ts';

export const mount = defineWidget({
  name: 'faq',
  css: faqCss,
  View: FaqView,
  open: (host) => openers.get(host)?.(),
});
