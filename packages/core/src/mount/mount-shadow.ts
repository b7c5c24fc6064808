/**
 * Mounts a widget into its host's shadow root with constructable style sheets:
 * no `<style>` elements and no style attributes, so it works under
 * `style-src 'self'`.
 *
 * @example
 *   const root = mountShadow(host, [styleSheet(baseCss), styleSheet(intakeCss)]);
 */
const cache = new Map<string, CSSStyleSheet>();

/** One sheet per CSS text, shared by every instance on the page. */
export function styleSheet(css: string): CSSStyleSheet {
  let sheet = cache.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    cache.set(css, sheet);
  }
  return sheet;
}

/**
 * Puts `sheets` first, so sheets already adopted (the loader's space
 * reservation) keep winning over the base `:host` reset.
 */
export function mountShadow(host: Element, sheets: CSSStyleSheet[]): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const earlier = root.adoptedStyleSheets.filter((sheet) => !sheets.includes(sheet));
  root.adoptedStyleSheets = [...sheets, ...earlier];
  return root;
}
