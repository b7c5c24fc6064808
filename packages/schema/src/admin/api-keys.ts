/**
 * Admin API keys (issue 16): a firm's scripts and integrations (Zapier, Make, n8n) call the admin API with
 * `Authorization: Bearer rtk_…`. A key is shown once, when created; the collector keeps only its SHA-256.
 *
 * @example
 *   import { apiKeyCreated, createApiKey } from '@retainer/schema/admin';
 *   const { key, token } = apiKeyCreated.parse(await res.json()); // `token` is never shown again
 */
import * as z from 'zod/mini';

/** `read`: GET only; `read-write`: every admin route a member of the firm may call. */
export const apiKeyScopes = ['read', 'read-write'] as const;
export const apiKeyScope = z.enum(apiKeyScopes);
export type ApiKeyScope = z.infer<typeof apiKeyScope>;

/** What every key starts with, so a leaked one is recognisable (secret scanners, logs). */
export const apiKeyPrefix = 'rtk_';

/** `POST /api/admin/api-keys` (admins only, signed in: a key cannot make keys). */
export const createApiKey = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(80, 'too_long')),
  scope: apiKeyScope,
});
export type CreateApiKey = z.infer<typeof createApiKey>;

export const apiKey = z.object({
  id: z.string(),
  name: z.string(),
  scope: apiKeyScope,
  /** The first characters of the token (`rtk_AbC1`), to tell keys apart; never enough to use one. */
  hint: z.string(),
  createdAt: z.number(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  lastUsedAt: z.nullable(z.number()),
  revokedAt: z.nullable(z.number()),
});
export type ApiKey = z.infer<typeof apiKey>;

/** `GET /api/admin/api-keys`: the firm's keys, newest first, revoked ones too (their uses stay readable). */
export const apiKeyList = z.object({ keys: z.array(apiKey) });
export type ApiKeyList = z.infer<typeof apiKeyList>;

/** The answer to a create: the key, and its token — the only time the token is sent. */
export const apiKeyCreated = z.object({ key: apiKey, token: z.string() });
export type ApiKeyCreated = z.infer<typeof apiKeyCreated>;

/** One request made with a key: no body, no query string, no address — what was called and how it ended. */
export const apiKeyUse = z.object({
  at: z.number(),
  method: z.string(),
  /** The route's pattern, e.g. `/api/admin/inbox/:id` (ids stay out of the log). */
  route: z.string(),
  status: z.int(),
});
export type ApiKeyUse = z.infer<typeof apiKeyUse>;

/** `GET /api/admin/api-keys/:id/uses?cursor=`: newest first, 100 a page; `next` is the next page's cursor. */
export const apiKeyUses = z.object({ key: apiKey, uses: z.array(apiKeyUse), next: z.nullable(z.string()) });
export type ApiKeyUses = z.infer<typeof apiKeyUses>;

export const apiKeyUsesQuery = z.strictObject({
  cursor: z.optional(z.string().check(z.regex(/^\d{1,16}\.[\w-]{1,64}$/, 'invalid_cursor'))),
});
