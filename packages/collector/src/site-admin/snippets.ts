/**
 * The HTML a web admin pastes into the firm's site for each widget (DESIGN.md, "Embedding"):
 * a placement element and the widget's loader script, or the one loader for all widgets.
 *
 * @example
 *   siteSnippets('https://retainer.firm.example', 'harbor-vale', (name) => true).loader;
 *   // '<script async src="https://retainer.firm.example/w/retainer.js" data-site="harbor-vale" data-faq="bubble"></script>'
 */
import type { SiteSnippets } from '@retainer/schema/admin';

/** Inline widgets need a placement element; the FAQ bubble and the survey prompt float. */
export const widgetNames = ['intake', 'directory', 'status', 'faq', 'survey'] as const;
const floating = new Set<string>(['faq', 'survey']);

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const script = (collectorUrl: string, file: string, site: string, extra = '') =>
  `<script async src="${escapeAttribute(`${collectorUrl}/w/${file}`)}" data-site="${escapeAttribute(site)}"${extra}></script>`;

export function siteSnippets(collectorUrl: string, site: string, built: (file: string) => boolean): SiteSnippets {
  return {
    collectorUrl,
    widgets: widgetNames.map((name) => ({
      name,
      element: floating.has(name) ? '' : `<retainer-${name}></retainer-${name}>`,
      script: script(collectorUrl, `${name}.js`, site),
      available: built(`${name}.js`),
    })),
    // retainer.js mounts placed widgets; the FAQ bubble has no placement, so the tag asks for it (issue 14, defect 7).
    loader: script(collectorUrl, 'retainer.js', site, ' data-faq="bubble"'),
  };
}
