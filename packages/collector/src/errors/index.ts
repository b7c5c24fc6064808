/**
 * One error type and one place that turns errors into `application/problem+json`.
 * Handlers throw `ProblemError`; `onProblem` answers it. Anything else is a 500
 * with the type only: never a stack trace, never the message (it may hold personal data).
 *
 * @example
 *   throw new ProblemError(422, problemTypes.validation, { errors: [{ path: 'email', code: 'required' }] });
 */
import { type Problem, type ProblemType, problemTypes } from '@retainer/schema';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { errorFacts, type Logger, processLogger } from '../logging/logger.ts';
import { isStorageUnavailable } from './storage-unavailable.ts';

const titles: Record<ProblemType, string> = {
  [problemTypes.validation]: 'The request is not valid',
  [problemTypes.malformedJson]: 'The body is not valid JSON',
  [problemTypes.malformedRequest]: 'The HTTP request could not be read',
  [problemTypes.payloadTooLarge]: 'The body is too large',
  [problemTypes.unsupportedMediaType]: 'Send JSON as text/plain or application/json',
  [problemTypes.unknownSite]: 'Unknown site',
  [problemTypes.notFound]: 'Not found',
  [problemTypes.idempotencyConflict]: 'This id was already used for a different request',
  [problemTypes.disclaimerOutdated]: 'The accepted disclaimer version is not known',
  [problemTypes.automated]: 'The submission looks automated',
  [problemTypes.forbiddenOrigin]: 'This origin may not call the collector for this site',
  [problemTypes.methodNotAllowed]: 'Method not allowed',
  [problemTypes.rateLimited]: 'Too many requests',
  [problemTypes.unavailable]: 'The service is unavailable',
  [problemTypes.unauthenticated]: 'Sign in first',
  [problemTypes.invalidCredentials]: 'Email or password is wrong',
  [problemTypes.csrf]: 'The CSRF token is missing or wrong',
  [problemTypes.forbidden]: 'Only an admin can do this',
  [problemTypes.invalidToken]: 'This link is not valid any more',
  [problemTypes.invalidTransition]: 'The intake cannot move to that state',
  [problemTypes.conflict]: 'This already exists',
  [problemTypes.internal]: 'Internal error',
  [problemTypes.statusLookupFailed]: 'The reference or the access code is wrong',
  [problemTypes.statusLocked]: 'Too many wrong access codes: ask the firm for a new one', // never sent since issue 14
  [problemTypes.surveyTokenInvalid]: 'This survey link is not valid any more',
  [problemTypes.surveyAnswered]: 'This survey was already answered',
  [problemTypes.captchaFailed]: 'The human check failed: complete it again',
  [problemTypes.captchaUnavailable]: 'The human check could not be verified right now',
  [problemTypes.lastAdmin]: 'The firm needs at least one admin',
  [problemTypes.matterExists]: 'A matter was opened from this intake already',
  [problemTypes.intakeNotRetained]: 'Only a retained intake can become a matter',
  [problemTypes.invalidCode]: 'The code is wrong, expired or used already',
  [problemTypes.secondFactorRequired]: 'Enter the code from your authenticator app first',
  [problemTypes.twoFactorSetupRequired]: 'Your firm requires two-factor sign-in: set it up first',
  [problemTypes.invalidApiKey]: 'The API key is not valid',
  [problemTypes.apiKeyScope]: 'This API key may not do this',
};

export type ProblemOptions = Pick<Problem, 'detail' | 'errors' | 'matterId'> & { headers?: Record<string, string> };

export class ProblemError extends Error {
  readonly status: number;
  readonly type: ProblemType;
  readonly options: ProblemOptions;

  constructor(status: number, type: ProblemType, options: ProblemOptions = {}) {
    super(titles[type]);
    this.name = 'ProblemError';
    this.status = status;
    this.type = type;
    this.options = options;
  }
}

/** A problem+json response; used by `onProblem` and by handlers that answer without throwing. */
export function problemResponse(
  error: ProblemError,
  headers: Record<string, string> = {},
  requestId?: string,
): Response {
  const body: Problem = { type: error.type, title: titles[error.type], status: error.status };
  if (error.options.detail) body.detail = error.options.detail;
  if (error.options.errors) body.errors = error.options.errors;
  if (error.options.matterId) body.matterId = error.options.matterId;
  // Issue 19: the id in X-Request-Id, so the error a user sees can be matched to its log line.
  if (requestId) body.requestId = requestId;
  // A widget on the firm's origin must read Retry-After to tell the visitor when to try again (issue 14, defect 13).
  const exposed: Record<string, string> = error.options.headers?.['retry-after']
    ? { 'access-control-expose-headers': 'retry-after' }
    : {};
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: {
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      ...exposed,
      ...headers,
      ...error.options.headers,
    },
  });
}

const statusTypes: Record<number, ProblemType> = {
  400: problemTypes.malformedJson,
  404: problemTypes.notFound,
  405: problemTypes.methodNotAllowed,
  413: problemTypes.payloadTooLarge,
  415: problemTypes.unsupportedMediaType,
  429: problemTypes.rateLimited,
  503: problemTypes.unavailable,
};

/** Where `errorToProblem` writes, and the id it puts in the body (both from the request, see logging/). */
export type ProblemContext = { requestId?: string | undefined; logger?: Logger | undefined };

/**
 * For `app.onError`: known problems as they are, Hono's own 4xx mapped, everything else a logged 500.
 * `headers` carries what the route decided before failing (CORS).
 */
export function errorToProblem(
  error: Error,
  headers: Record<string, string> = {},
  { requestId, logger = processLogger() }: ProblemContext = {},
): Response {
  if (error instanceof ProblemError) return problemResponse(error, headers, requestId);
  if (error instanceof HTTPException && error.status < 500) {
    const type = statusTypes[error.status] ?? problemTypes.validation;
    return problemResponse(new ProblemError(error.status, type), headers, requestId);
  }
  if (isStorageUnavailable(error)) {
    logger.error({ requestId, error: errorFacts(error) }, 'storage unavailable: answered 503');
    return problemResponse(
      new ProblemError(503, problemTypes.unavailable, { headers: { 'retry-after': '5' } }),
      headers,
      requestId,
    );
  }
  // The error's class and code, never its message (it can quote request data).
  logger.error({ requestId, error: errorFacts(error) }, `${problemTypes.internal}: answered 500`);
  return problemResponse(new ProblemError(500, problemTypes.internal), headers, requestId);
}

/** `app.notFound`. */
export function notFoundProblem(c: Context): Response {
  return problemResponse(new ProblemError(404, problemTypes.notFound), {}, (c.var as { requestId?: string }).requestId);
}
