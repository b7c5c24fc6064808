/**
 * Contact → the intake form, prefilled with the lawyer and practice area. On the same page the
 * directory fires `retainer:prefill` (the intake widget listens on the document; a host page may
 * fire it too) and opens the form through `Retainer('open', 'intake')`; otherwise it goes to the
 * site's contact page with the prefill in the URL fragment, which never reaches a server log.
 *
 * @example
 *   handOffToIntake(host, { lawyer: 'id', lawyerName: 'Ann Lee', practiceArea: 'family' }, contactPage);
 */
import { emitHostEvent } from '@retainer/core';

export type Prefill = { lawyer: string; lawyerName: string; practiceArea: string };

/** The fragment the intake widget reads on the contact page. */
export function prefillFragment(prefill: Prefill): string {
  const params = new URLSearchParams({
    'retainer-lawyer': prefill.lawyer,
    'retainer-lawyer-name': prefill.lawyerName,
    ...(prefill.practiceArea ? { 'retainer-practice': prefill.practiceArea } : {}),
  });
  return `#${params}`;
}

/** Returns where the visitor was sent: `page` (same page), `contact-page`, or `none` (nowhere to go). */
export function handOffToIntake(
  host: HTMLElement,
  prefill: Prefill,
  contactPage: string | undefined,
): 'page' | 'contact-page' | 'none' {
  if (document.querySelector('retainer-intake,[data-retainer="intake"]')) {
    emitHostEvent(host, 'retainer:prefill', prefill);
    (window as { Retainer?: (...args: unknown[]) => void }).Retainer?.('open', 'intake');
    return 'page';
  }
  if (!contactPage) return 'none';
  const url = new URL(contactPage, document.baseURI);
  // Only a web page: a `javascript:` address in the settings must never run.
  if (!/^https?:$/.test(url.protocol)) return 'none';
  url.hash = prefillFragment(prefill);
  window.location.assign(url.href);
  return 'contact-page';
}
