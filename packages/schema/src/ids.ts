/**
 * Identifier formats shared by every package.
 *
 * @example
 *   z.safeParse(clientId, crypto.randomUUID()).success // true
 */
import * as z from 'zod/mini';
import { siteIdPattern } from './constants.ts';

/** A client-made id (UUID or similar): makes retries idempotent. */
export const clientId = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, 'invalid_id'));

/** A site slug as used in script tags: `data-site="harbor-vale"`. */
export const siteId = z.string().check(z.regex(siteIdPattern, 'invalid_site'));

/** The anonymous first-party journey id kept in the visitor's browser. */
export const journeyId = clientId;

/** A lower-case slug for practice areas, offices and similar keys. */
export const slug = z.string().check(z.regex(siteIdPattern, 'invalid_slug'));
