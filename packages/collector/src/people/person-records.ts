/**
 * The rows one person's email leads to in a firm: intakes, matters (as the client) and survey
 * invitations, each found through the blind email index stored beside it.
 *
 * @example
 *   const found = await findPersonRecords(deps, firmId, 'ann@example.com');
 */

import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { type FirmIntake, loadFirmIntake } from '../inbox/firm-intakes.ts';
import type { MatterRow } from '../status/tables.ts';
import type { Db } from '../storage/database.ts';
import type { SurveyInvitationRow } from '../survey/tables.ts';
import { emailIndex, emailIndexes } from './email-index.ts';

export type PersonRecords = { intakes: FirmIntake[]; matters: MatterRow[]; surveys: SurveyInvitationRow[] };

/**
 * Invitations stored before migration `0014-people-index` have an encrypted email but no index:
 * index them now (a migration has no key). Erased ones have no email, so each row is done once.
 */
export async function indexSurveyEmails(db: Db, cipher: FieldCipher, firmId: string): Promise<void> {
  const survey = db;
  const rows = await survey
    .selectFrom('survey_invitations')
    .innerJoin('sites', 'sites.id', 'survey_invitations.site')
    .select(['survey_invitations.id', 'survey_invitations.site', 'survey_invitations.email'])
    .where('sites.firm_id', '=', firmId)
    .where('survey_invitations.email', 'is not', null)
    .where('survey_invitations.email_index', 'is', null)
    .execute();
  for (const row of rows) {
    const email = cipher.decrypt(row.email ?? '', { site: row.site, id: row.id, field: 'email' });
    await survey
      .updateTable('survey_invitations')
      .set({ email_index: emailIndex(cipher, email) })
      .where('id', '=', row.id)
      .execute();
  }
}

export async function findPersonRecords(deps: AdminDeps, firmId: string, email: string): Promise<PersonRecords> {
  // Under every loaded key (issue 9): rows indexed before a key rotation are found too.
  const indexes = emailIndexes(deps.cipher, email);
  if (indexes.length === 0) return { intakes: [], matters: [], surveys: [] };
  await indexSurveyEmails(deps.db, deps.cipher, firmId);
  const intakeIds = await deps.db
    .selectFrom('intakes')
    .innerJoin('sites', 'sites.id', 'intakes.site')
    .select('intakes.id')
    .where('sites.firm_id', '=', firmId)
    .where('intakes.email_index', 'in', indexes)
    .orderBy('intakes.received_at')
    .execute();
  const matters = await deps.db
    .selectFrom('matters')
    .innerJoin('sites', 'sites.id', 'matters.site')
    .selectAll('matters')
    .where('sites.firm_id', '=', firmId)
    .where('matters.email_index', 'in', indexes)
    .orderBy('matters.created_at')
    .orderBy('matters.id')
    .execute();
  const surveys = await deps.db
    .selectFrom('survey_invitations')
    .innerJoin('sites', 'sites.id', 'survey_invitations.site')
    .selectAll('survey_invitations')
    .where('sites.firm_id', '=', firmId)
    .where('survey_invitations.email_index', 'in', indexes)
    .orderBy('survey_invitations.created_at')
    .orderBy('survey_invitations.id')
    .execute();
  const intakes = await Promise.all(intakeIds.map(({ id }) => loadFirmIntake(deps.db, firmId, id)));
  return { intakes, matters, surveys };
}
