/**
 * Reads a widget's settings: `data-*` on its script tag, overridden by
 * attributes on the placement element (`site="…"` or `data-site="…"`).
 *
 * @example
 *   // <script src="https://c.example/w/intake.js" data-site="harbor-vale" data-lang="ru">
 *   readWidgetConfig('intake', { src: script.src, data: { ...script.dataset } }, host);
 *   // → { widget: 'intake', site: 'harbor-vale', lang: 'ru', endpoint: 'https://c.example', … }
 */
import { siteIdPattern } from '@retainer/schema';
import { setupError, warn } from '../errors.ts';
import { hexColor } from '../theme/theme.ts';

/** What the loader hands to a widget chunk's `mount`: the script's URL and its `data-*` attributes. */
export type ScriptSettings = { src: string; data: Record<string, string | undefined> };

export type WidgetConfig = {
  widget: string;
  site: string;
  /** As written by the web admin; `resolveLanguage` turns it into a supported language. */
  lang: string | undefined;
  accent: string | undefined;
  /** The collector's base URL, no trailing slash. */
  endpoint: string;
  /** `data-consent="required"`: no journey id and no events until `Retainer('consent', true)`. */
  consentRequired: boolean;
};

function setting(name: string, host: Element, script: ScriptSettings): string | undefined {
  const value = host.getAttribute(name) ?? host.getAttribute(`data-${name}`) ?? script.data[name];
  return value?.trim() || undefined;
}

export function readWidgetConfig(widget: string, script: ScriptSettings, host: Element): WidgetConfig {
  const site = setting('site', host, script);
  if (!site) throw setupError(`${widget}: add data-site="your-site" to the script tag`);
  if (!siteIdPattern.test(site))
    throw setupError(`${widget}: "${site}" is not a site id (lower-case letters, digits, dashes)`);

  const endpoint = setting('endpoint', host, script) ?? new URL(script.src, document.baseURI).origin;
  let endpointUrl: URL;
  try {
    endpointUrl = new URL(endpoint);
  } catch {
    throw setupError(`${widget}: data-endpoint "${endpoint}" is not an absolute URL`);
  }
  if (!/^https?:$/.test(endpointUrl.protocol)) throw setupError(`${widget}: data-endpoint must be http(s)`);

  let accent = setting('accent', host, script);
  if (accent && !hexColor.test(accent)) {
    // A wrong colour is cosmetic: keep the site's theme rather than refuse to render.
    warn(`${widget}: data-accent "${accent}" is not a #rrggbb colour; using the site's theme`);
    accent = undefined;
  }

  return {
    widget,
    site,
    lang: setting('lang', host, script),
    accent,
    endpoint: endpointUrl.href.replace(/\/+$/, ''),
    consentRequired: setting('consent', host, script) === 'required',
  };
}
