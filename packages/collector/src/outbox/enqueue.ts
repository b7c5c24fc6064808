/**
 * Turning a message into an outbox row: render the template now (what the Outbox shows is what is sent),
 * encrypt the recipient, data, subject and bodies, and fix the Message-ID every attempt will reuse.
 * `enqueueEmail` inserts it inside the caller's transaction; `buildEmailRow` gives the row to the intake's
 * group commit, which inserts it with the intake (storage/write-queries.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Language } from '@retainer/schema';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { emailIndex } from '../people/email-index.ts';
import type { Db } from '../storage/database.ts';
import { type NewOutboxRow, outboxAddress } from './tables.ts';
import { emailTemplates } from './templates/index.ts';
import type { EmailTemplate, RenderContext, RenderedEmail } from './templates/template.ts';

export type EmailMessage = {
  /** The site the message belongs to; '' for instance-level messages (instance mail server only). */
  site: string;
  /** A name in `emailTemplates` (templates/index.ts). */
  template: string;
  locale: Language;
  to: string;
  /** The template's data: references, states, links — never what a prospect or client wrote. */
  data: unknown;
  /** The causing event, e.g. `intake.submitted`; shown in the Outbox. */
  reason: string;
  /** What it is about, e.g. `intake:<id>`, to list the messages about one thing. */
  subjectRef?: string | undefined;
  /** Unique per site: a second enqueue with the same key stores nothing. */
  dedupeKey?: string | undefined;
  /** Not sent before this time (epoch ms), e.g. a reminder. */
  notBefore?: number | undefined;
};

export type RowContext = { cipher: FieldCipher; now: number; baseUrl: string; firmName: string };

type AnyTemplate = EmailTemplate<unknown>;

export function templateNamed(name: string): AnyTemplate {
  const template = emailTemplates[name] as AnyTemplate | undefined;
  if (!template) throw new Error(`Unknown email template: ${name}`);
  return template;
}

/** Renders `message` after checking its data against the template's schema (a wrong shape is a bug: throws). */
export function renderMessage(message: Pick<EmailMessage, 'template' | 'locale' | 'data'>, ctx: RenderContext) {
  const template = templateNamed(message.template);
  const data = template.data.parse(message.data);
  return { data, rendered: template.render(data, message.locale, ctx) };
}

/** `<id@host>`: the host the collector is reached at, so ids are unique across instances. */
export function messageIdFor(id: string, baseUrl: string): string {
  let host = 'retainer.invalid';
  try {
    host = new URL(baseUrl).hostname || host;
  } catch {}
  return `<${id}@${host}>`;
}

export function buildEmailRow(message: EmailMessage, ctx: RowContext): NewOutboxRow {
  const id = randomUUID();
  const renderContext: RenderContext = { firmName: ctx.firmName, baseUrl: ctx.baseUrl, site: message.site };
  const { data, rendered } = renderMessage(message, renderContext);
  const at = (field: Parameters<typeof outboxAddress>[1]) => outboxAddress({ site: message.site, id }, field);
  const seal = (value: string, field: Parameters<typeof outboxAddress>[1]) => ctx.cipher.encrypt(value, at(field));
  return {
    id,
    site: message.site,
    kind: 'email',
    template: message.template,
    locale: message.locale,
    recipient: seal(message.to.trim(), 'recipient'),
    recipient_index: emailIndex(ctx.cipher, message.to),
    data: seal(JSON.stringify(data), 'data'),
    reason: message.reason,
    subject_ref: message.subjectRef ?? null,
    ...sealRendered(rendered, seal),
    state: 'queued',
    attempts: 0,
    next_attempt_at: Math.max(message.notBefore ?? ctx.now, ctx.now),
    lease_until: null,
    last_error: null,
    message_id: messageIdFor(id, ctx.baseUrl),
    dedupe_key: message.dedupeKey ?? null,
    created_at: ctx.now,
    sent_at: null,
    body_purged_at: null,
  };
}

function sealRendered(
  rendered: RenderedEmail,
  seal: (value: string, field: 'subject' | 'text' | 'html' | 'headers') => string,
): Pick<NewOutboxRow, 'subject' | 'body_text' | 'body_html' | 'headers'> {
  const headers = rendered.headers && Object.keys(rendered.headers).length > 0 ? rendered.headers : undefined;
  return {
    // A header cannot hold a line break: a subject built from data must never inject one.
    subject: seal(rendered.subject.replace(/[\r\n]+/g, ' '), 'subject'),
    body_text: seal(rendered.text, 'text'),
    body_html: seal(rendered.html, 'html'),
    headers: headers ? seal(JSON.stringify(headers), 'headers') : null,
  };
}

/**
 * Inserts the message inside `trx` (any Kysely transaction or connection). Returns the row's id, or
 * undefined when `dedupeKey` was enqueued before for this site. Call `wake()` after the commit.
 */
export async function insertEmail(db: Db, message: EmailMessage, ctx: Omit<RowContext, 'firmName'>) {
  const site = message.site
    ? await db.selectFrom('sites').select('name').where('id', '=', message.site).executeTakeFirst()
    : undefined;
  if (message.site && !site) throw new Error(`Unknown site for an email: ${message.site}`);
  const row = buildEmailRow(message, { ...ctx, firmName: site?.name ?? 'Retainer' });
  const inserted = await db
    .insertInto('outbox')
    .values(row)
    .onConflict((oc) => oc.columns(['site', 'dedupe_key']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 ? row.id : undefined;
}
