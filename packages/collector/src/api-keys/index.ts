/**
 * Admin API keys (issue 16): the bearer gate in front of the admin API and the routes that manage keys.
 *
 * @example
 *   api.use('*', requireSession(deps)); // hands `Authorization: Bearer …` to `apiKeyGate`
 *   api.post('/api-keys', refuseApiKeys, requireAdmin, createApiKeyRoute(deps));
 */
export { apiKeyGate, defaultApiKeyRate, refuseApiKeys } from './bearer-gate.ts';
export { apiKeysMigration } from './migration.ts';
export { apiKeyUsesRoute, createApiKeyRoute, listApiKeysRoute, revokeApiKeyRoute } from './routes.ts';
