/**
 * The client-side check, with the same schema the collector uses. This module
 * (and zod/mini with it) is a chunk of its own, loaded on the first interaction.
 *
 * @example
 *   findIssues(siteConfig, submission) // [{ path: 'fields.email', code: 'invalid_email' }]
 */
import {
  type IntakeSubmission,
  intakeAnswerIssues,
  intakeFieldIssues,
  intakeSubmission,
  issuesToErrors,
  type PublicSiteConfig,
} from '@retainer/schema';

/** Problems as `{ path, code }`, the same shape the collector's 422 carries. */
export function findIssues(site: PublicSiteConfig, submission: IntakeSubmission): { path: string; code: string }[] {
  const parsed = intakeSubmission.safeParse(submission);
  const shapeIssues = parsed.success ? [] : issuesToErrors(parsed.error.issues);
  const { fields, answers } = parsed.success ? parsed.data : submission;
  return [
    ...shapeIssues,
    ...intakeFieldIssues(site, fields).map((issue) => ({ ...issue, path: `fields.${issue.path}` })),
    ...intakeAnswerIssues(site, fields, answers),
  ];
}
