/**
 * Typed calls for integrations (issue 16): the firm's admin API keys (`/api/admin/api-keys…`) and each site's
 * webhook endpoints (`/api/admin/sites/:site/webhooks…`). Secrets come back once, in the create, rotate and
 * key answers; nothing here keeps them.
 *
 * @example
 *   const { key, token } = await createIntegrationsApi(http).createKey({ name: 'Zapier', scope: 'read' });
 */
import {
  type ApiKey,
  type ApiKeyCreated,
  type ApiKeyUses,
  apiKey,
  apiKeyCreated,
  apiKeyList,
  apiKeyUses,
  type CreateApiKey,
  type CreateWebhookEndpoint,
  type UpdateWebhookEndpoint,
  type WebhookDeliveryList,
  type WebhookDeliveryQueued,
  type WebhookEndpoint,
  type WebhookSecretIssued,
  webhookDeliveryList,
  webhookDeliveryQueued,
  webhookEndpoint,
  webhookEndpointList,
  webhookSecretIssued,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { read, send } from './read-response.ts';

export function createIntegrationsApi(http: KyInstance) {
  const key = (id: string) => `api-keys/${encodeURIComponent(id)}`;
  const hooks = (site: string) => `sites/${encodeURIComponent(site)}/webhooks`;
  const hook = (site: string, id: string) => `${hooks(site)}/${encodeURIComponent(id)}`;
  return {
    listKeys: async (): Promise<ApiKey[]> => (await read(apiKeyList, () => http.get('api-keys'))).keys,
    createKey: (input: CreateApiKey): Promise<ApiKeyCreated> =>
      read(apiKeyCreated, () => http.post('api-keys', { json: input })),
    revokeKey: (id: string): Promise<ApiKey> => read(apiKey, () => http.delete(key(id))),
    keyUses: (id: string, cursor?: string): Promise<ApiKeyUses> =>
      read(apiKeyUses, () => http.get(`${key(id)}/uses`, { searchParams: cursor ? { cursor } : {} })),

    listEndpoints: async (site: string): Promise<WebhookEndpoint[]> =>
      (await read(webhookEndpointList, () => http.get(hooks(site)))).items,
    getEndpoint: (site: string, id: string): Promise<WebhookEndpoint> =>
      read(webhookEndpoint, () => http.get(hook(site, id))),
    createEndpoint: (site: string, input: CreateWebhookEndpoint): Promise<WebhookSecretIssued> =>
      read(webhookSecretIssued, () => http.post(hooks(site), { json: input })),
    updateEndpoint: (site: string, id: string, input: UpdateWebhookEndpoint): Promise<WebhookEndpoint> =>
      read(webhookEndpoint, () => http.put(hook(site, id), { json: input })),
    deleteEndpoint: (site: string, id: string) => send(() => http.delete(hook(site, id))),
    sendTest: (site: string, id: string): Promise<WebhookDeliveryQueued> =>
      read(webhookDeliveryQueued, () => http.post(`${hook(site, id)}/test`, { json: {} })),
    rotateSecret: (site: string, id: string): Promise<WebhookSecretIssued> =>
      read(webhookSecretIssued, () => http.post(`${hook(site, id)}/rotate-secret`, { json: {} })),
    deliveries: (site: string, id: string, cursor?: string): Promise<WebhookDeliveryList> =>
      read(webhookDeliveryList, () =>
        http.get(`${hook(site, id)}/deliveries`, { searchParams: cursor ? { cursor } : {} }),
      ),
    replay: (site: string, id: string, deliveryId: string): Promise<WebhookDeliveryQueued> =>
      read(webhookDeliveryQueued, () =>
        http.post(`${hook(site, id)}/deliveries/${encodeURIComponent(deliveryId)}/retry`, { json: {} }),
      ),
  };
}

export type IntegrationsApi = ReturnType<typeof createIntegrationsApi>;
