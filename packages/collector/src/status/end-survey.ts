/**
 * The end-of-matter survey (issue 6): when staff close a matter, an invitation is issued and its link
 * is what the tracker offers the client. A site without a survey page configured gets no link (null),
 * and the client's view then carries `survey: null`.
 *
 * @example
 *   const url = await endOfMatterSurvey({ db, cipher, site, clientName, email, practiceArea, lawyer, now });
 */
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { ProblemError } from '../errors/index.ts';
import type { Db } from '../storage/database.ts';
import { type IssuedSurveyInvitation, issueSurveyInvitation } from '../survey/issue-invitation.ts';

export type EndSurveyRequest = {
  db: Db;
  cipher: FieldCipher;
  site: string;
  clientName: string;
  email?: string | undefined;
  practiceArea: string;
  lawyer?: string | undefined;
  createdBy?: string | undefined;
  now: number;
};

export async function endOfMatterSurvey({ db, ...request }: EndSurveyRequest): Promise<IssuedSurveyInvitation | null> {
  try {
    return await issueSurveyInvitation(db, { ...request, moment: 'end' });
  } catch (error) {
    // The site has no survey page yet: closing the matter must not fail for that.
    if (error instanceof ProblemError && error.status === 422) return null;
    throw error;
  }
}
