/**
 * @retainer/survey — the client survey: NPS at the end of a matter, CSAT mid-matter and effort
 * (CES) after first contact, opened from an invitation link (`#retainer-survey=<token>`) or
 * `Retainer('survey', token)`; thanks and the firm's review links for every client afterwards.
 * Built like the other widgets: `index.ts` (entry), `survey.tsx` (view), `model.ts`.
 *
 * @example
 *   <script async src="https://retainer.example.com/w/survey.js" data-site="harbor-vale"></script>
 *   <retainer-survey></retainer-survey> <!-- optional: inline instead of the corner dialog -->
 */
import { defineWidget } from '@retainer/core';
import { surveyCss } from './styles.ts';
import { SurveyView } from './survey.tsx';

export const mount = defineWidget({
  name: 'survey',
  css: surveyCss,
  View: SurveyView,
  // `Retainer('open', 'survey')`: bring the survey (if one is showing) into view and to the keyboard.
  open: (host) => {
    host.scrollIntoView({ block: 'nearest' });
    host.shadowRoot?.querySelector<HTMLElement>('#survey-title')?.focus();
  },
});
