/**
 * "Talk to a person" → the intake form with the visitor's question as its description. On the same page
 * the bot fires `retainer:prefill` (the intake widget listens on the document) and opens the form through
 * `Retainer('open', 'intake')`; otherwise it goes to the contact page with the prefill in the URL fragment,
 * which never reaches a server log — the same handoff the directory uses.
 *
 * @example
 *   handOffQuestion(host, 'How long does probate take?', '/contact.html');
 */
import { emitHostEvent } from '@retainer/core';

export function prefillFragment(description: string, practiceArea?: string): string {
  const params = new URLSearchParams(description ? { 'retainer-description': description } : {});
  if (practiceArea) params.set('retainer-practice', practiceArea);
  return `#${params}`;
}

/** Returns where the visitor was sent: `page` (same page), `contact-page`, or `none` (nowhere to go). */
export function handOffQuestion(
  host: HTMLElement,
  description: string,
  contactPage: string | undefined,
  practiceArea?: string,
): 'page' | 'contact-page' | 'none' {
  if (document.querySelector('retainer-intake,[data-retainer="intake"]')) {
    emitHostEvent(host, 'retainer:prefill', {
      ...(description ? { description } : {}),
      ...(practiceArea ? { practiceArea } : {}),
    });
    (window as { Retainer?: (...args: unknown[]) => void }).Retainer?.('open', 'intake');
    return 'page';
  }
  if (!contactPage) return 'none';
  const url = new URL(contactPage, document.baseURI);
  // Only a web page: a `javascript:` address in the settings must never run.
  if (!/^https?:$/.test(url.protocol)) return 'none';
  url.hash = prefillFragment(description, practiceArea);
  window.location.assign(url.href);
  return 'contact-page';
}
