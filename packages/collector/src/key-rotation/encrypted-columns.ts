/**
 * THE list of every column that holds something made with the data key: field-cipher tokens
 * (one token, or a JSON map of tokens), and blind indexes / keyed hashes. Re-encryption, the
 * rotation status and the "is this key still needed" check all read this one list; a test scans
 * the database for tokens in columns missing from it. A feature that stores a new encrypted
 * column adds an entry here.
 *
 * @example
 *   for (const table of encryptedTables) console.log(table.table, table.tokens.map((t) => t.column));
 */
import { secretAddress } from '../captcha/tables.ts';
import { partyMatchKey } from '../conflicts/party-index.ts';
import type { FieldAddress, FieldCipher } from '../crypto/field-cipher.ts';
import { questionField } from '../faq/question-store.ts';
import { noteField, reasonField } from '../inbox/intake-detail.ts';
import { outboxAddress, smtpPasswordAddress } from '../outbox/tables.ts';
import { emailIndex } from '../people/email-index.ts';
import { webhookAttemptAddress, webhookSecretAddress } from '../webhooks/tables.ts';

/** A row as selected: its id, its encrypted columns, and what their addresses need. */
export type RotatedRow = Record<string, string | number | null>;
/** Decrypted values by column; a map column gives its own map of field → plaintext. */
export type Plaintexts = Record<string, string | Record<string, string> | undefined>;

export type TokenColumn =
  | { column: string; map?: false; address: (row: RotatedRow) => FieldAddress }
  | { column: string; map: true; address: (row: RotatedRow, key: string) => FieldAddress };

/** What a blind index becomes under the primary key; `keep` leaves it (still under its old key). */
export const keep = Symbol('keep');
export type IndexColumn = {
  column: string;
  /**
   * `recompute`: derived from the row's plaintext. `expires`: only looked up for a short time, so it
   * is cleared once old instead of recomputed. `pinned`: a hash of a secret we never stored (an access
   * code), valid until staff reissue it: verified under the key it names, never rewritten.
   */
  kind: 'recompute' | 'expires' | 'pinned';
  next?: (plain: Plaintexts, row: RotatedRow, cipher: FieldCipher, now: number) => string | null | typeof keep;
  /** `expires`: the row's time column, and how long after it the index is still looked up. */
  expiry?: { column: string; ms: number };
};

export type EncryptedTable = {
  table: string;
  /** Unique text id: rows are walked in this order. */
  id: string;
  /** Own columns the addresses need. */
  context: string[];
  /** A parent row that holds the site: `fk` in this table → `id` of `parent.table`. */
  parent?: { table: string; fk: string; columns: Record<string, string> };
  tokens: TokenColumn[];
  indexes: IndexColumn[];
};

const text = (row: RotatedRow, column: string) => String(row[column]);
const at = (row: RotatedRow, field: string, id = text(row, 'id')): FieldAddress => ({
  site: text(row, 'site'),
  id,
  field,
});
const plainText = (plain: Plaintexts, column: string, key?: string): string | undefined => {
  const value = plain[column];
  return key === undefined ? (typeof value === 'string' ? value : undefined) : (value as Record<string, string>)?.[key];
};
const emailFrom = (email: string | undefined, cipher: FieldCipher) => (email ? emailIndex(cipher, email) : null);

/** intake/index.ts `repeatWindowMs`: the content index is only looked up for a day. */
const contentIndexWindowMs = 24 * 3_600_000;

export const encryptedTables: readonly EncryptedTable[] = [
  {
    table: 'intakes',
    id: 'id',
    context: ['site'],
    tokens: [{ column: 'personal', map: true, address: (row, key) => at(row, key) }],
    indexes: [
      {
        column: 'email_index',
        kind: 'recompute',
        // Intake values are JSON-encoded before encryption (intake/personal-fields.ts).
        next: (plain, _row, cipher) => {
          const email = plainText(plain, 'personal', 'email');
          return emailFrom(email === undefined ? undefined : (JSON.parse(email) as string), cipher);
        },
      },
      { column: 'content_index', kind: 'expires', expiry: { column: 'received_at', ms: contentIndexWindowMs } },
    ],
  },
  {
    table: 'intake_notes',
    id: 'id',
    context: ['intake_id'],
    parent: { table: 'intakes', fk: 'intake_id', columns: { site: 'site' } },
    tokens: [{ column: 'body', address: (row) => at(row, noteField(text(row, 'id')), text(row, 'intake_id')) }],
    indexes: [],
  },
  {
    table: 'intake_history',
    id: 'id',
    context: ['intake_id'],
    parent: { table: 'intakes', fk: 'intake_id', columns: { site: 'site' } },
    tokens: [{ column: 'reason', address: (row) => at(row, reasonField(text(row, 'id')), text(row, 'intake_id')) }],
    indexes: [],
  },
  {
    table: 'parties',
    id: 'id',
    context: ['firm_id'],
    tokens: [
      {
        column: 'name',
        address: (row) => ({ site: `firm:${text(row, 'firm_id')}`, id: text(row, 'id'), field: 'party.name' }),
      },
    ],
    indexes: [
      {
        column: 'match_key',
        kind: 'recompute',
        next: (plain, _row, cipher) => {
          const name = plainText(plain, 'name');
          return (name && partyMatchKey(cipher, name)) ?? keep;
        },
      },
    ],
  },
  {
    table: 'faq_questions',
    id: 'id',
    context: ['site'],
    tokens: [{ column: 'question', address: (row) => at(row, questionField) }],
    indexes: [],
  },
  {
    table: 'survey_invitations',
    id: 'id',
    context: ['site'],
    tokens: [
      { column: 'client_name', address: (row) => at(row, 'clientName') },
      { column: 'email', address: (row) => at(row, 'email') },
      { column: 'comment', address: (row) => at(row, 'comment') },
      { column: 'follow_up_note', address: (row) => at(row, 'followUpNote') },
      // Issue 15: the link's token, kept for the one reminder.
      { column: 'email_token', address: (row) => at(row, 'emailToken') },
    ],
    indexes: [
      { column: 'email_index', kind: 'recompute', next: (plain, _row, c) => emailFrom(plainText(plain, 'email'), c) },
    ],
  },
  {
    table: 'matters',
    id: 'id',
    context: ['site'],
    tokens: [
      // status/matter-store.ts: `{ name, email? }` under the fields clientName and clientEmail.
      { column: 'personal', map: true, address: (row, key) => at(row, key === 'name' ? 'clientName' : 'clientEmail') },
      { column: 'next_step', address: (row) => at(row, 'nextStep') },
      // Issue 17: an intake's parties carried over, `{ 'adverse:0': token, … }` under the field `party:<key>`.
      { column: 'parties', map: true, address: (row, key) => at(row, `party:${key}`) },
    ],
    indexes: [
      {
        column: 'email_index',
        kind: 'recompute',
        next: (plain, _row, cipher) => emailFrom(plainText(plain, 'personal', 'email'), cipher),
      },
      { column: 'code_hash', kind: 'pinned' },
    ],
  },
  {
    table: 'matter_updates',
    id: 'id',
    context: ['matter_id'],
    parent: { table: 'matters', fk: 'matter_id', columns: { site: 'site' } },
    tokens: [{ column: 'body', address: (row) => at(row, 'statusUpdate') }],
    indexes: [],
  },
  {
    table: 'matter_messages',
    id: 'id',
    context: ['matter_id'],
    parent: { table: 'matters', fk: 'matter_id', columns: { site: 'site' } },
    tokens: [
      { column: 'body', address: (row) => at(row, 'statusMessage', `${text(row, 'matter_id')}/${text(row, 'id')}`) },
    ],
    indexes: [],
  },
  // Issue 15: staff replies to prospects and clients.
  {
    table: 'intake_replies',
    id: 'id',
    context: ['intake_id'],
    parent: { table: 'intakes', fk: 'intake_id', columns: { site: 'site' } },
    tokens: [{ column: 'body', address: (row) => at(row, `reply:${text(row, 'id')}`, text(row, 'intake_id')) }],
    indexes: [],
  },
  {
    table: 'matter_replies',
    id: 'id',
    context: ['matter_id'],
    parent: { table: 'matters', fk: 'matter_id', columns: { site: 'site' } },
    tokens: [
      { column: 'body', address: (row) => at(row, 'matterReply', `${text(row, 'matter_id')}/${text(row, 'id')}`) },
    ],
    indexes: [],
  },
  {
    table: 'site_captcha',
    id: 'site',
    context: [],
    tokens: [{ column: 'secret', address: (row) => secretAddress(text(row, 'site')) }],
    indexes: [],
  },
  // Issue 15: every column of a message but its state; bodies are null once purged.
  {
    table: 'outbox',
    id: 'id',
    context: ['site'],
    tokens: (['recipient', 'data', 'subject', 'body_text', 'body_html', 'headers'] as const).map((column) => ({
      column,
      address: (row: RotatedRow) =>
        outboxAddress(
          { site: text(row, 'site'), id: text(row, 'id') },
          column === 'body_text' ? 'text' : column === 'body_html' ? 'html' : column,
        ),
    })),
    indexes: [
      {
        column: 'recipient_index',
        kind: 'recompute',
        next: (plain, _row, cipher) => emailFrom(plainText(plain, 'recipient'), cipher),
      },
    ],
  },
  {
    table: 'email_settings',
    id: 'site',
    context: [],
    tokens: [{ column: 'password', address: (row) => smtpPasswordAddress(text(row, 'site')) }],
    indexes: [],
  },
  // Issue 16: endpoints' signing secrets, and each attempt's request body and answer excerpt.
  {
    table: 'webhook_endpoints',
    id: 'id',
    context: ['site'],
    tokens: [
      { column: 'secret', address: (row) => webhookSecretAddress(text(row, 'site'), text(row, 'id'), 'secret') },
      {
        column: 'previous_secret',
        address: (row) => webhookSecretAddress(text(row, 'site'), text(row, 'id'), 'previous'),
      },
    ],
    indexes: [],
  },
  {
    table: 'webhook_attempts',
    id: 'id',
    context: ['site'],
    tokens: [
      {
        column: 'request_body',
        address: (row) => webhookAttemptAddress(text(row, 'site'), text(row, 'id'), 'request'),
      },
      {
        column: 'response_body',
        address: (row) => webhookAttemptAddress(text(row, 'site'), text(row, 'id'), 'response'),
      },
    ],
    indexes: [],
  },
];
