/**
 * Admin request bodies: JSON sent as `application/json` only. Unlike widget endpoints, a
 * cross-site form or `text/plain` fetch cannot produce that type without a CORS preflight,
 * which the admin API never grants: a second wall behind the CSRF token.
 *
 * @example
 *   const input = await readAdminJson(c, signIn); // 415, 400 or 422 problems on bad input
 */
import { issuesToErrors, problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { readJsonBody } from '../body/index.ts';
import { ProblemError } from '../errors/index.ts';

const jsonType = /^application\/json\s*(?:;|$)/i;

export async function readAdminJson<T extends z.ZodMiniType>(c: Context, schema: T): Promise<z.infer<T>> {
  if (!jsonType.test(c.req.header('content-type') ?? '')) {
    throw new ProblemError(415, problemTypes.unsupportedMediaType);
  }
  return parseInput(schema, await readJsonBody(c));
}

/** The body of an action that takes no input (`{}`): still JSON only, so `text/plain` is a 415 (issue 14). */
export const emptyBody = z.strictObject({});

/** A 422 naming one field, for rules the schema cannot express. */
export function invalidField(path: string, code: string): ProblemError {
  return new ProblemError(422, problemTypes.validation, { errors: [{ path, code }] });
}

/** The generic 404 for unknown ids and other firms' ids alike. */
export function notFound(): ProblemError {
  return new ProblemError(404, problemTypes.notFound);
}

/**
 * A widget's body (`text/plain` or `application/json`, see body/) parsed with `schema`: 413 (over `limit`
 * bytes), 415, 400 or a 422 naming the fields. The widget-side twin of `readAdminJson` (issue 19).
 *
 * @example
 *   const answer = await readWidgetJson(c, surveyAnswer);
 *   const lookup = await readWidgetJson(c, statusLookup, 4096);
 */
export async function readWidgetJson<T extends z.ZodMiniType>(
  c: Context,
  schema: T,
  limit?: number,
): Promise<z.infer<T>> {
  return parseInput(schema, await readJsonBody(c, limit));
}

/** `json` parsed with `schema`, or the 422 naming the fields: for a handler that also needs the raw body. */
export function parseInput<T extends z.ZodMiniType>(schema: T, json: unknown): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ProblemError(422, problemTypes.validation, { errors: issuesToErrors(parsed.error.issues) });
  }
  return parsed.data as z.infer<T>;
}
