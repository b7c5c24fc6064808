/** How webhook states read: an endpoint's state badge (with why it is paused or disabled). */
import type { WebhookEndpoint } from '@retainer/schema/admin';
import { useMessages } from '../../app-context.ts';

const badges = { active: 'badge-retained', paused: 'badge-muted', disabled: 'badge-declined' } as const;

export function EndpointState({ endpoint }: { endpoint: WebhookEndpoint }) {
  const h = useMessages().integrations.hooks;
  return (
    <>
      <span class={`badge ${badges[endpoint.state]}`}>{h.states[endpoint.state]}</span>
      {endpoint.stateReason && endpoint.state !== 'active' && (
        <span class="muted cell-note">{endpoint.stateReason}</span>
      )}
    </>
  );
}
