/** The tables of `0026-clio-grow`, as Kysely sees them (see `./migration.ts`; composed in storage/database.ts). */

export interface ClioGrowSettingsTable {
  site: string;
  /** Field-cipher token of the firm's Lead Inbox token (address: `tokenAddress`). */
  token: string | null;
  auto: number;
  updated_at: number;
}

export interface ClioGrowAnswersTable {
  outbox_id: string;
  site: string;
  status: number;
  /** Field-cipher token (address: `answerAddress`). */
  excerpt: string;
  answered_at: number;
}

export interface ConflictClearancesTable {
  intake_id: string;
  site: string;
  by_user: string;
  at: number;
}

export const tokenAddress = (site: string) => ({ site, id: 'clio-grow', field: 'leadInboxToken' });
export const answerAddress = (site: string, outboxId: string) => ({ site, id: outboxId, field: 'clioGrow.answer' });

/** The outbox `template` of a push (the Outbox screen shows it). */
export const clioGrowTemplate = 'clio-grow-lead';
