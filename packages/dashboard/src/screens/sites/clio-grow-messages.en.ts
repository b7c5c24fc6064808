/** Clio Grow (issue 16), English: the site's connection and the intake's panel; the shape the others follow. */
import type { ClioGrowLeadField, OutboxState } from '@retainer/schema/admin';

export const clioGrowEn = {
  title: 'Clio Grow',
  intro:
    'Send intakes to the firm’s Clio Grow Lead Inbox, so nobody retypes a lead. Staff send an intake from its page, or new intakes go by themselves.',
  token: 'Lead Inbox token',
  tokenHint:
    'In Clio Grow: Settings → Integrations → Inbox token. Stored encrypted and never shown again; leave empty to keep the stored one.',
  configured: 'Connected: a Lead Inbox token is stored.',
  notConfigured: 'Not connected: no Lead Inbox token is stored.',
  auto: 'Send new intakes to Clio Grow automatically',
  autoHint:
    'An intake is sent by itself only once its conflict check is clear: at once when nothing in the party index matches it; when something matches, only after a member reviews the match and clears the check on the intake. Suspected spam is never sent.',
  save: 'Save Clio Grow',
  saved: 'Clio Grow settings saved.',
  disconnect: 'Remove the token',
  disconnected: 'Clio Grow disconnected: the token is removed.',
  panelNotConnected: 'Clio Grow is not connected for this site. An admin connects it in the site’s settings.',
  send: 'Send to Clio Grow',
  sendAgain: 'Send to Clio Grow again',
  sending: 'Sending…',
  queued: 'Queued: the intake goes to Clio Grow in a moment.',
  autoOn: 'New intakes of this site go to Clio Grow automatically once their conflict check is clear.',
  conflict: {
    clear: 'Conflict check: nothing in the party index matches.',
    flagged: 'Conflict check: a possible conflict. Nothing is sent automatically until a member clears it.',
    cleared: (name: string, at: string) => `Conflict check cleared by ${name}, ${at}.`,
  },
  clearConflict: 'Clear the conflict check',
  clearedAnnounce: 'Conflict check cleared.',
  pushes: 'Sent to Clio Grow',
  byHand: (name: string) => `Sent by ${name}`,
  byItself: 'Sent automatically',
  states: {
    queued: 'Queued',
    sending: 'Sending',
    sent: 'Delivered',
    retrying: 'Will retry',
    failed: 'Failed',
    held: 'Held',
  } satisfies Record<OutboxState, string>,
  fieldsSent: 'Fields sent',
  fields: {
    from_first: 'first name',
    from_last: 'last name',
    from_message: 'message',
    from_email: 'email',
    from_phone: 'phone',
    referring_url: 'page',
    from_source: 'source',
  } satisfies Record<ClioGrowLeadField, string>,
  answer: (status: number) => `Clio Grow answered ${status}`,
  attempts: (n: number) => (n === 1 ? '1 attempt' : `${n} attempts`),
  nextAttempt: (at: string) => `Next attempt ${at}`,
  refresh: 'Refresh',
};
export type ClioGrowMessages = typeof clioGrowEn;
