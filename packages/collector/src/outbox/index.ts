/**
 * The outbox (issue 15): nothing that must reach a person is sent from a request handler. A message is a
 * row written in the same transaction as the change that causes it; the delivery worker sends it with
 * retries (at least once, one stable Message-ID per message). Emails carry references, states and links —
 * never what a prospect or client wrote (ABA Formal Op. 477R).
 *
 * Enqueue an email from an admin-side change (any Kysely transaction; `deps.outbox` in admin routes):
 *
 *   await deps.db.transaction().execute(async (trx) => {
 *     await trx.updateTable('matters')…;
 *     await deps.outbox.enqueueEmail(trx, {
 *       site: 'harbor-vale',               // '' = instance-level (instance mail server only)
 *       template: 'matter-update-notice',  // a name in templates/index.ts
 *       locale: 'ru',
 *       to: clientEmail,                   // encrypted at rest, keyed index for people export/erase
 *       data: { reference, statusUrl },    // checked against the template's schema; encrypted at rest
 *       reason: 'matter.updated',          // shown in the Outbox
 *       subjectRef: `matter:${matterId}`,  // optional: lists the messages about one thing
 *       dedupeKey: `matter.updated:${updateId}`, // optional: unique per site, a second enqueue stores nothing
 *       notBefore: remindAt,               // optional: not sent before (epoch ms)
 *     });
 *   });
 *   deps.outbox.wake(); // after the commit: the worker sends it now instead of at the next poll
 *
 * Add a template: write `templates/<name>.ts` exporting `defineTemplate({ name, data, render })` (copy
 * `templates/staff-new-intake.ts`: a zod schema of the data, en/ru/zh texts, `emailLayout` for text + HTML),
 * then add one line to `emailTemplates` in `templates/index.ts`. `render` may return `headers` (e.g.
 * `List-Unsubscribe` and `List-Unsubscribe-Post` for RFC 8058).
 *
 * Staff recipients for an event: `staffRecipients(db, { site, event, practiceArea })` (preferences.ts).
 * The intake's messages are written by the intake's group commit (intake-messages.ts, storage/write-queries.ts).
 */

export type { DeliveryWorker, DeliveryWorkerOptions } from './delivery-worker.ts';
export { heldReason, releaseHeldMessages, retryDelay, startDeliveryWorker } from './delivery-worker.ts';
export {
  defaultEmailSettings,
  loadEmailSettings,
  type MailServer,
  parseSmtpUrl,
  resolveServer,
  type StoredEmailSettings,
} from './email-settings.ts';
export { buildEmailRow, type EmailMessage, messageIdFor, renderMessage, templateNamed } from './enqueue.ts';
export { type IntakeFacts, intakeMessageRows, planIntakeMessages } from './intake-messages.ts';
export { createMailer, describeError, isPermanent, type Mailer, type OutgoingEmail } from './mailer.ts';
export { outboxMigration } from './migration.ts';
export { createOutbox, type Outbox, type OutboxOptions } from './outbox.ts';
export {
  loadPreferences,
  ruleMatches,
  type StaffRecipient,
  savePreferences,
  staffRecipients,
  withDefaults,
} from './preferences.ts';
export {
  getEmailSettingsRoute,
  getNotificationsRoute,
  listMessagesAbout,
  listOutboxRoute,
  outboxDetailRoute,
  putEmailSettingsRoute,
  putNotificationsRoute,
  retryOutboxRoute,
  testEmailRoute,
  toOutboxItem,
} from './routes.ts';
export { type NewOutboxRow, type OutboxRow, outboxAddress, outboxField, smtpPasswordAddress } from './tables.ts';
export * from './templates/index.ts';
