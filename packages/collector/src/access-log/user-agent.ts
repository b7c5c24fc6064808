/**
 * A short summary of a browser's User-Agent for the access log ("Firefox 128 on Linux"): enough to tell a
 * member's usual browser from a stranger's, without storing the full string (it can fingerprint a device).
 *
 * @example
 *   summariseUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0') // 'Firefox 128 on Linux'
 */

// Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari".
const browsers: [string, RegExp][] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//],
  ['curl', /^curl\/(\d+)/],
];

const systems: [string, RegExp][] = [
  ['Android', /\bAndroid\b/],
  ['iOS', /\b(?:iPhone|iPad|iPod)\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['Windows', /\bWindows\b/],
  ['macOS', /\bMac OS X\b/],
  ['Linux', /\bLinux\b/],
];

export function summariseUserAgent(header: string | undefined): string | null {
  if (!header) return null;
  const ua = header.slice(0, 512);
  const browser = browsers.find(([, pattern]) => pattern.test(ua));
  const system = systems.find(([, pattern]) => pattern.test(ua))?.[0];
  const name = browser ? `${browser[0]} ${ua.match(browser[1])?.[1] ?? ''}`.trim() : 'Other';
  return system ? `${name} on ${system}` : name;
}
