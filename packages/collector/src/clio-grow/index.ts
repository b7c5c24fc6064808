/**
 * Clio Grow (issue 16): intakes pushed to the firm's Lead Inbox through the outbox — by hand, or by themselves
 * once the conflict check is clear.
 *
 * @example
 *   mountClioGrowRoutes(api, deps);
 *   startDeliveryWorker({ …, senders: { 'clio-grow': createClioGrowSender({ db, cipher, baseUrl }) } });
 */
export { eraseClioGrowLeads } from './erase-leads.ts';
export { filledFields, type InboxLead, leadOf } from './lead.ts';
export { clioGrowMigration } from './migration.ts';
export { autoPushFirm, conflictCheckOf, leadFor } from './push-lead.ts';
export { clioPushRow } from './push-row.ts';
export { mountClioGrowRoutes } from './routes.ts';
export { type ClioGrowSenderOptions, createClioGrowSender, defaultClioGrowUrl } from './sender.ts';
export { loadClioGrowSettings } from './settings-store.ts';
export { answerAddress, tokenAddress } from './tables.ts';
