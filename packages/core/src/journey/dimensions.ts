/**
 * The small, non-personal facts every event carries so the journey map can filter on them:
 * the device class from the viewport width, and the referrer's domain on a journey's first
 * event (none when the visitor came from the same site or typed the address).
 *
 * @example
 *   deviceClass(390); // 'phone'
 *   referrerDomain('https://www.google.com/search?q=x', 'harborvale.example'); // 'google.com'
 */
export const deviceClass = (width: number): 'phone' | 'tablet' | 'desktop' =>
  width < 600 ? 'phone' : width < 1024 ? 'tablet' : 'desktop';

/** The referrer's host without `www.`, or undefined for direct visits and the site's own pages. */
export function referrerDomain(referrer: string, ownHost: string): string | undefined {
  try {
    const host = new URL(referrer).hostname;
    return host && host !== ownHost ? host.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}
