/**
 * RFC 9457 problem details: every error the collector returns.
 * `type` is stable; clients switch on it, never on `title`.
 */
import * as z from 'zod/mini';

export const problemTypes = {
  validation: 'urn:retainer:problem:validation',
  malformedJson: 'urn:retainer:problem:malformed-json',
  payloadTooLarge: 'urn:retainer:problem:payload-too-large',
  unsupportedMediaType: 'urn:retainer:problem:unsupported-media-type',
  unknownSite: 'urn:retainer:problem:unknown-site',
  notFound: 'urn:retainer:problem:not-found',
  idempotencyConflict: 'urn:retainer:problem:idempotency-conflict',
  disclaimerOutdated: 'urn:retainer:problem:disclaimer-outdated',
  automated: 'urn:retainer:problem:automated-submission',
  forbiddenOrigin: 'urn:retainer:problem:forbidden-origin',
  methodNotAllowed: 'urn:retainer:problem:method-not-allowed',
  rateLimited: 'urn:retainer:problem:rate-limited',
  unavailable: 'urn:retainer:problem:unavailable',
  internal: 'urn:retainer:problem:internal',
} as const;
export type ProblemType = (typeof problemTypes)[keyof typeof problemTypes];

export const problemIssue = z.object({ path: z.string(), code: z.string() });

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(problemIssue)),
});
export type Problem = z.infer<typeof problem>;

/** Turns zod issues into problem `errors`: a dotted path and a message code widgets can translate. */
export function issuesToErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }>) {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
  }));
}
