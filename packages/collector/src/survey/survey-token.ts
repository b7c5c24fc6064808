/**
 * Survey tokens: 32 random bytes in base64url, stored only as their SHA-256.
 *
 * @example
 *   const token = newSurveyToken(); // 43 characters
 *   db.where('token_hash', '=', hashSurveyToken(token));
 */
import { createHash, randomBytes } from 'node:crypto';

export const newSurveyToken = () => randomBytes(32).toString('base64url');

export const hashSurveyToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** `<page>#retainer-survey=<token>`: a fragment never reaches a server, so the token stays out of logs. */
export function surveyLink(page: string, token: string): string {
  const url = new URL(page);
  url.hash = `retainer-survey=${token}`;
  return url.href;
}
