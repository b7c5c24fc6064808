/**
 * Every journey event name a widget or the collector sends, with the stages it reports (issue 14):
 * the one list the journey map's labels, the demo data and the tests are checked against. A new
 * event name goes here first; the dashboard's label test then asks for its words in every language.
 * Zod-free, like `constants.ts`.
 *
 * @example
 *   journeyEventNames['intake.started'] // ['contact']
 */
import type { journeyStages } from './constants.ts';

type Stage = (typeof journeyStages)[number];

export const journeyEventNames = {
  // Every widget, once it is seen (core's `defineWidget`).
  'intake.shown': ['discover'],
  'directory.shown': ['discover'],
  'faq.shown': ['discover'],
  'status.shown': ['discover'],
  // The survey widget is seen (discover) and shows its question (feedback) under one name.
  'survey.shown': ['discover', 'feedback'],
  'directory.viewed': ['explore'],
  'directory.filtered': ['explore'],
  'directory.profile_opened': ['explore'],
  'directory.contact': ['explore'],
  'directory.booking': ['explore'],
  'directory.email': ['explore'],
  'directory.phone': ['explore'],
  'intake.started': ['contact'],
  'intake.submitted': ['contact'],
  'faq.opened': ['contact'],
  'faq.asked': ['contact'],
  'faq.answered': ['contact'],
  'faq.unanswered': ['contact'],
  'faq.handoff': ['contact'],
  // Staff mark an intake retained in the dashboard (the collector writes it).
  'intake.retained': ['decide'],
  'status.lookup_succeeded': ['service'],
  'status.lookup_failed': ['service'],
  'status.timeline_viewed': ['service'],
  'status.message_sent': ['service'],
  'status.invoice_shown': ['payment'],
  'status.pay_followed': ['payment'],
  'survey.invitation_opened': ['feedback'],
  'survey.answered': ['feedback'],
  'survey.commented': ['feedback'],
  'survey.review_followed': ['feedback'],
} as const satisfies Record<string, readonly Stage[]>;

export type JourneyEventName = keyof typeof journeyEventNames;

export const isJourneyEventName = (name: string): name is JourneyEventName => Object.hasOwn(journeyEventNames, name);
