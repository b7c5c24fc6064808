/**
 * The floating launcher of a widget such as the FAQ bot: a plain button in a corner, built by the loader
 * without Preact so it costs almost nothing before the visitor opens it. It never opens anything by itself.
 * The widget's chunk mounts into the same host (its `.root`) when the button is pressed or the page calls
 * `Retainer('open', name)`; the button stays, and the widget takes it over (focus returns to it on close).
 *
 * Options on the script tag: `data-position="bottom-right|bottom-left"`, `data-z-index="1000"`.
 *
 * @example
 *   const host = placeBubble('faq', script, (host) => mount(host));
 */
import type { PlaceDefault } from './start-loader.ts';

/** The button's name before any widget code loads; the widget's own messages take over after. */
const labels: Record<string, string> = { en: 'Ask a question', ru: 'Задать вопрос', zh: '提问' };
const icon =
  '<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm7 11h2v2h-2Zm1-9a3.5 3.5 0 0 0-3.5 3.5h2A1.5 1.5 0 1 1 12 10c-.8 0-1 .6-1 1.3V13h2v-1.2A3.5 3.5 0 0 0 12 5Z"/></svg>';

export function placeBubble(name: string, script: HTMLScriptElement, onOpen: (host: HTMLElement) => void): HTMLElement {
  const data = script.dataset;
  const left = data.position === 'bottom-left';
  const zIndex = /^\d{1,10}$/.test(data.zIndex ?? '') ? data.zIndex : '2147483000';
  const accent = /^#[0-9a-f]{6}$/i.test(data.accent ?? '') ? data.accent : '#1f4e79';
  const lang = (data.lang || document.documentElement.lang || navigator.language || 'en').slice(0, 2).toLowerCase();

  const host = document.createElement(`retainer-${name}`);
  host.setAttribute('floating', '');
  host.setAttribute('position', left ? 'bottom-left' : 'bottom-right');
  if (data.zIndex) host.setAttribute('z-index', zIndex as string);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `:host{all:initial;position:fixed;bottom:16px;${left ? 'left' : 'right'}:16px;z-index:${zIndex}}` +
      `.bubble{all:initial;box-sizing:border-box;display:flex;align-items:center;justify-content:center;width:56px;height:56px;border-radius:50%;background:var(--retainer-accent,${accent});color:#fff;cursor:pointer;box-shadow:0 4px 14px rgb(0 0 0/.3)}` +
      '.bubble:focus-visible{outline:3px solid #f59e0b;outline-offset:3px}.bubble[aria-busy=true]{cursor:progress;opacity:.85}',
  );
  shadow.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'bubble';
  button.setAttribute('part', 'bubble');
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-label', labels[lang] ?? (labels.en as string));
  button.innerHTML = icon;
  const root = document.createElement('div');
  root.className = 'root';
  shadow.append(button, root);
  // Busy until the widget's code arrives and takes the button over (it clears the flag); once is enough.
  button.addEventListener(
    'click',
    () => {
      button.setAttribute('aria-busy', 'true');
      onOpen(host);
    },
    { once: true },
  );
  document.body.append(host);
  return host;
}

/**
 * The launcher as a loader's own placement: the widget's own loader (`faq.js`, `always`) places it whenever the page
 * has no `<retainer-faq>`; `retainer.js` only when its script tag asks, `data-faq="bubble"` (issue 14, defect 7).
 */
export const bubbleFor =
  (name: string, always: boolean): PlaceDefault =>
  (script, loader) => {
    if (loader.placements(name).length > 0 || !(always || script.dataset[name] === 'bubble')) return;
    loader.waitForOpen(name, placeBubble(name, script, loader.mount));
  };
