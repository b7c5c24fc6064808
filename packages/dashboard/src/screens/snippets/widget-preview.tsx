/**
 * The real intake widget, loaded from this collector exactly as a firm's page loads it: a
 * `<retainer-intake>` element and the `/w/intake.js` script (created as an element, so the
 * dashboard's strict CSP needs no inline script).
 */
import { useSignal } from '@preact/signals';
import { type Language, languages } from '@retainer/schema';
import { useEffect, useRef } from 'preact/hooks';
import { useMessages } from '../../app-context.ts';
import { languageNames } from '../../i18n/language-names.ts';

type WidgetPreviewProps = { origin: string; site: string; defaultLanguage: Language };

export function WidgetPreview({ origin, site, defaultLanguage }: WidgetPreviewProps) {
  const t = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  const lang = useSignal<Language>(defaultLanguage);
  const failed = useSignal(false);

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const widget = document.createElement('retainer-intake');
    widget.setAttribute('data-site', site);
    widget.setAttribute('data-lang', lang.value);
    // The loader finds placements when it runs, so each new placement gets a run of its own;
    // the browser caches the script and its chunks, so a rerun costs next to nothing.
    const script = document.createElement('script');
    script.async = true;
    script.src = `${origin.replace(/\/+$/, '')}/w/intake.js`;
    script.dataset.site = site;
    script.dataset.lang = lang.value;
    script.addEventListener('error', () => {
      failed.value = true;
    });
    failed.value = false;
    container.replaceChildren(widget, script);
    return () => container.replaceChildren();
  }, [origin, site, lang.value]);

  return (
    <div class="preview">
      <div class="preview-toolbar">
        <label for="preview-lang">{t.nav.language}</label>
        <select
          id="preview-lang"
          value={lang.value}
          onChange={(event) => {
            lang.value = event.currentTarget.value as Language;
          }}
        >
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
      </div>
      {failed.value && (
        <p class="alert alert-error" role="alert">
          {t.snippets.previewFailed}
        </p>
      )}
      <div class="preview-frame" ref={ref} lang={lang.value} />
    </div>
  );
}
