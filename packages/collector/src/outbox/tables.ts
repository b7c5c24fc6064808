/** The tables of `0018-outbox`, as Kysely sees them (see `./migration.ts`; composed in storage/database.ts). */
import type { OutboxKind, OutboxState } from '@retainer/schema/admin';
import type { Insertable, Selectable } from 'kysely';

export interface OutboxTable {
  id: string;
  /** '' for instance-level messages (no site). */
  site: string;
  kind: OutboxKind;
  template: string;
  locale: string;
  /** Field-cipher token of the address (field `outbox.recipient`). */
  recipient: string;
  /** Keyed email index of the recipient (people/email-index.ts), null once erased. */
  recipient_index: string | null;
  /** Field-cipher token of the template data (JSON: references, states, links only). */
  data: string;
  /** The causing event, e.g. `intake.submitted`. */
  reason: string;
  /** What it is about, e.g. `intake:<id>`, `matter:<id>`. */
  subject_ref: string | null;
  /** Field-cipher tokens of the rendered message; bodies null once purged. */
  subject: string;
  body_text: string | null;
  body_html: string | null;
  /** Field-cipher token of JSON extra headers, or null. */
  headers: string | null;
  state: OutboxState;
  attempts: number;
  next_attempt_at: number;
  lease_until: number | null;
  last_error: string | null;
  message_id: string;
  dedupe_key: string | null;
  created_at: number;
  sent_at: number | null;
  body_purged_at: number | null;
}

export interface EmailSettingsTable {
  site: string;
  settings: string;
  password: string | null;
  updated_at: number;
}

export interface NotificationPreferencesTable {
  user_id: string;
  preferences: string;
  updated_at: number;
}

export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;

/** Where each encrypted column's token is bound (the field cipher's associated data). */
export const outboxField = {
  recipient: 'outbox.recipient',
  data: 'outbox.data',
  subject: 'outbox.subject',
  text: 'outbox.text',
  html: 'outbox.html',
  headers: 'outbox.headers',
} as const;

export const outboxAddress = (row: { site: string; id: string }, field: keyof typeof outboxField) => ({
  site: row.site,
  id: row.id,
  field: outboxField[field],
});

export const smtpPasswordAddress = (site: string) => ({ site, id: 'email-settings', field: 'smtp.password' });
