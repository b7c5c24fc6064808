/**
 * The browser's Global Privacy Control signal (https://globalprivacycontrol.org): when on, no
 * journey id and no analytics events, whatever the site says. Submissions the visitor makes on
 * purpose still go, without a journey id.
 *
 * @example
 *   if (privacySignal()) return; // nothing tracked
 */
export const privacySignal = (): boolean =>
  (globalThis.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;
