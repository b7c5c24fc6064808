/**
 * DOM events the host page can listen to. They bubble and cross shadow
 * boundaries; their detail never holds personal data.
 *
 * @example
 *   document.addEventListener('retainer:submit', (e) => analytics.track('lead', e.detail.reference));
 */
export type HostEventDetail = Record<string, string | number | boolean>;

export function emitHostEvent(host: Element, type: `retainer:${string}`, detail: HostEventDetail): void {
  host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}
