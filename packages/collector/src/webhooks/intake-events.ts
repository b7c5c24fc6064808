/**
 * The intake's webhook events (issue 16): `intake.submitted` (and `faq.handoff` when the visitor came from the
 * FAQ bot's hand-off: their journey holds a `faq.handoff` event) and `intake.conflict_flagged` (a name on the
 * intake matches the firm's parties) are written by the intake's group commit; `intake.state_changed` by the
 * inbox. Thin data from the stored row; the decrypted intake only for endpoints that asked for it.
 *
 * @example
 *   const plan = await planIntakeWebhooks(db, cipher, site, submission, journey);
 *   const rows = await intakeWebhookRows(outbox, plan, row);
 */
import type { IntakeFields, IntakeSubmission } from '@retainer/schema';
import type { IntakeState } from '@retainer/schema/admin';
import { findConflicts } from '../conflicts/index.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { checkedNames } from '../inbox/intake-view.ts';
import { decryptPersonalFields } from '../intake/personal-fields.ts';
import type { Outbox } from '../outbox/outbox.ts';
import type { NewOutboxRow } from '../outbox/tables.ts';
import type { Db } from '../storage/database.ts';
import { siteEndpoints, subscribes, type WebhookEventInput, type WebhookPersonal, webhookRows } from './enqueue.ts';
import type { WebhookEndpointRow } from './tables.ts';

/** The intake as the events need it (a stored row or one about to be). */
export type IntakeFacts = {
  id: string;
  site: string;
  reference: string;
  state: string;
  practice_area: string | null;
  journey: string | null;
  personal: string;
  details: string;
};

export const intakePath = (id: string) => `/dashboard/intakes/${encodeURIComponent(id)}`;

/** `faq` when the visitor's journey went through the FAQ bot's hand-off to the form, else `form`. */
export async function intakeSource(db: Db, site: string, journey: string | null): Promise<'faq' | 'form'> {
  if (!journey) return 'form';
  const handoff = await db
    .selectFrom('events')
    .select('id')
    .where('site', '=', site)
    .where('journey', '=', journey)
    .where('type', '=', 'faq.handoff')
    .limit(1)
    .executeTakeFirst();
  return handoff ? 'faq' : 'form';
}

/** The decrypted intake, for endpoints with `includePersonalData`. */
export function intakePersonal(cipher: FieldCipher, intake: IntakeFacts): WebhookPersonal {
  const details = JSON.parse(intake.details) as Record<string, unknown> & { lang?: string };
  const { lang, spam: _spam, lawyer: _lawyer, ...answers } = details;
  const fields: Record<string, unknown> = { ...answers, ...decryptPersonalFields(cipher, intake) };
  if (intake.practice_area) fields.practiceArea = intake.practice_area;
  return { intake: { fields, lang: lang ?? null } };
}

const intakeData = (intake: IntakeFacts, source: 'faq' | 'form') => ({
  intakeId: intake.id,
  reference: intake.reference,
  state: intake.state as IntakeState,
  practiceArea: intake.practice_area,
  source,
});

export type IntakeWebhookPlan = {
  endpoints: WebhookEndpointRow[];
  source: 'faq' | 'form';
  /** How many of the intake's names match the firm's parties (0: no `intake.conflict_flagged`). */
  conflicts: number;
};

/** Read before the intake's group commit: the site's endpoints, where the visitor came from, the conflict check. */
export async function planIntakeWebhooks(
  db: Db,
  cipher: FieldCipher,
  site: string,
  submission: Pick<IntakeSubmission, 'id' | 'journey'> & { fields: IntakeFields },
): Promise<IntakeWebhookPlan | undefined> {
  const endpoints = await siteEndpoints(db, site);
  if (endpoints.length === 0) return undefined;
  const wants = (type: string) => endpoints.some((e) => subscribes(e, type));
  const source =
    wants('intake.submitted') || wants('faq.handoff') || wants('intake.conflict_flagged')
      ? await intakeSource(db, site, submission.journey ?? null)
      : 'form';
  let conflicts = 0;
  if (wants('intake.conflict_flagged')) {
    const firm = await db.selectFrom('sites').select('firm_id').where('id', '=', site).executeTakeFirst();
    if (firm?.firm_id) {
      const names = checkedNames(submission.fields);
      const flags = await findConflicts(db, cipher, firm.firm_id, [{ intakeId: submission.id, names }]);
      conflicts = flags.get(submission.id)?.length ?? 0;
    }
  }
  return { endpoints, source, conflicts };
}

/** The deliveries a new intake causes, for its group commit (in this order: submitted, hand-off, conflict). */
export async function intakeWebhookRows(
  outbox: Pick<Outbox, 'cipher' | 'baseUrl' | 'now'>,
  plan: IntakeWebhookPlan,
  intake: IntakeFacts,
  now: number,
): Promise<NewOutboxRow[]> {
  const common = {
    site: intake.site,
    subjectRef: `intake:${intake.id}`,
    path: intakePath(intake.id),
    personal: () => intakePersonal(outbox.cipher, intake),
  };
  const data = intakeData(intake, plan.source);
  const events: WebhookEventInput[] = [{ ...common, type: 'intake.submitted', data }];
  if (plan.source === 'faq') events.push({ ...common, type: 'faq.handoff', data });
  if (plan.conflicts > 0) {
    events.push({ ...common, type: 'intake.conflict_flagged', data: { ...data, matches: plan.conflicts } });
  }
  const rows: NewOutboxRow[] = [];
  for (const event of events) rows.push(...(await webhookRows(outbox, plan.endpoints, event, now)));
  return rows;
}

/** `intake.state_changed`, inside the inbox's transaction. */
export async function intakeStateChangedEvent(
  trx: Db,
  cipher: FieldCipher,
  intake: IntakeFacts,
  previousState: IntakeState,
): Promise<WebhookEventInput> {
  return {
    site: intake.site,
    type: 'intake.state_changed',
    subjectRef: `intake:${intake.id}`,
    path: intakePath(intake.id),
    data: { ...intakeData(intake, await intakeSource(trx, intake.site, intake.journey)), previousState },
    personal: () => intakePersonal(cipher, intake),
  };
}
