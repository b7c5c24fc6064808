/**
 * RFC 9457 problem details: every error the collector returns.
 * `type` is stable; clients switch on it, never on `title`.
 */
import * as z from 'zod/mini';
import { problemTypes } from './constants.ts';

export { captchaFailedProblem, disclaimerOutdatedProblem, validationProblem } from './constants.ts';
export { problemTypes };

export type ProblemType = (typeof problemTypes)[keyof typeof problemTypes];

export const problemIssue = z.object({ path: z.string(), code: z.string() });

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(problemIssue)),
  /** The answer's `X-Request-Id`: quote it to the firm and it finds the log line (issue 19). */
  requestId: z.optional(z.string()),
  /** `matter-exists` (issue 17): the matter this intake was opened as. */
  matterId: z.optional(z.string()),
});
export type Problem = z.infer<typeof problem>;

/** Turns zod issues into problem `errors`: a dotted path and a message code widgets can translate. */
export function issuesToErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }>) {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
  }));
}
