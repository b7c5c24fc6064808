/**
 * Issues one survey invitation: a fresh token (kept only hashed), the client's name and email
 * encrypted, and the link to send. Other features call it too (the status tracker when a matter
 * closes), so it takes plain values and checks nothing about the caller.
 *
 * @example
 *   const { id, url } = await issueSurveyInvitation(db, {
 *     cipher, site: 'harbor-vale', moment: 'end', clientName: 'Ann Lee', now: Date.now(),
 *   });
 */
import { randomUUID } from 'node:crypto';
import { type Language, measureOfMoment, problemTypes, type SurveyMoment } from '@retainer/schema';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { ProblemError } from '../errors/index.ts';
import { emailIndex } from '../people/email-index.ts';
import type { Db } from '../storage/database.ts';
import { loadSurveySettings } from './survey-settings-store.ts';
import { hashSurveyToken, newSurveyToken, surveyLink } from './survey-token.ts';
import type { SurveyInvitationRow } from './tables.ts';

/** How long a link works unless the caller says otherwise. */
export const defaultSurveyExpiryMs = 60 * 24 * 60 * 60 * 1000;

export type IssueSurveyInvitation = {
  cipher: FieldCipher;
  site: string;
  moment: SurveyMoment;
  clientName: string;
  email?: string | undefined;
  practiceArea?: string | undefined;
  lawyer?: string | undefined;
  lang?: Language | undefined;
  /** The page holding the survey widget; defaults to the site's survey setting. */
  page?: string | undefined;
  createdBy?: string | undefined;
  expiresInMs?: number;
  now: number;
};

export type IssuedSurveyInvitation = { id: string; token: string; url: string; row: SurveyInvitationRow };

export async function issueSurveyInvitation(db: Db, input: IssueSurveyInvitation): Promise<IssuedSurveyInvitation> {
  const page = input.page ?? (await loadSurveySettings(db, input.site)).page;
  if (!page) {
    throw new ProblemError(422, problemTypes.validation, { errors: [{ path: 'page', code: 'required' }] });
  }
  const site = await db.selectFrom('sites').select('config').where('id', '=', input.site).executeTakeFirst();
  if (!site) throw new ProblemError(422, problemTypes.unknownSite);
  const lang = input.lang ?? (JSON.parse(site.config) as { defaultLanguage: Language }).defaultLanguage;
  const issued = newInvitationRow({ ...input, lang, page });
  await db.insertInto('survey_invitations').values(issued.row).execute();
  return issued;
}

/** The row and link of a new invitation, not yet stored (the demo seed inserts many at once). */
export function newInvitationRow(
  input: IssueSurveyInvitation & { lang: Language; page: string },
): IssuedSurveyInvitation {
  const id = randomUUID();
  const token = newSurveyToken();
  const address = (field: string) => ({ site: input.site, id, field });
  const row: SurveyInvitationRow = {
    id,
    site: input.site,
    token_hash: hashSurveyToken(token),
    moment: input.moment,
    measure: measureOfMoment[input.moment],
    client_name: input.cipher.encrypt(input.clientName, address('clientName')),
    email: input.email ? input.cipher.encrypt(input.email, address('email')) : null,
    email_index: input.email ? emailIndex(input.cipher, input.email) : null,
    practice_area: input.practiceArea ?? null,
    lawyer: input.lawyer ?? null,
    lang: input.lang,
    page: input.page,
    created_by: input.createdBy ?? null,
    created_at: input.now,
    expires_at: input.now + (input.expiresInMs ?? defaultSurveyExpiryMs),
    opened_at: null,
    answered_at: null,
    score: null,
    lawyer_score: null,
    comment: null,
    request_hash: null,
    response: null,
    follow_up: null,
    assignee: null,
    follow_up_note: null,
    closed_at: null,
  };
  return { id, token, url: surveyLink(input.page, token), row };
}
