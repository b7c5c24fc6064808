/**
 * The client-side check: the intake submission schema, generated as data from the zod schema at build time
 * (`intakeShape`, issue 18), plus the site's own rules — the same ones the collector runs. A chunk of its own,
 * loaded on the first interaction; no zod in it.
 *
 * @example
 *   findIssues(siteConfig, submission) // [{ path: 'fields.email', code: 'invalid_email' }]
 */
import {
  checkShape,
  type IntakeSubmission,
  intakeAnswerIssues,
  intakeFieldIssues,
  intakeShape,
  type PublicSiteConfig,
} from '@retainer/schema';

// Only needed once an intake was accepted (its `intake.submitted` event): here, not in the chunk every page loads.
export { referralSource } from './referral-source.ts';

/** Problems as `{ path, code }`, the same shape the collector's 422 carries. */
export function findIssues(site: PublicSiteConfig, submission: IntakeSubmission): { path: string; code: string }[] {
  const checked = checkShape(intakeShape, submission);
  const { fields, answers } = checked.issues.length === 0 ? (checked.value as IntakeSubmission) : submission;
  return [
    ...checked.issues,
    ...intakeFieldIssues(site, fields).map((issue) => ({ ...issue, path: `fields.${issue.path}` })),
    ...intakeAnswerIssues(site, fields, answers),
  ];
}
