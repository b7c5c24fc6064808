/**
 * The disclaimer visitors accept before submitting. Each saved change is a new version; older
 * versions stay because submissions record the one they accepted.
 */
import { languages } from '@retainer/schema';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { languageNames } from '../../i18n/language-names.ts';
import { disclaimerChanged } from './site-draft.ts';
import type { SiteEditorModel } from './site-editor-model.ts';
import { SiteTextField } from './site-text-field.tsx';

export function SiteDisclaimerSection({ editor }: { editor: SiteEditorModel }) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const site = editor.site.value;
  const d = editor.draft.value;
  const current = site?.disclaimerVersion ?? 0;
  const changed = disclaimerChanged(d, site);
  const older = editor.versions.value.filter((v) => v.version !== current);

  return (
    <section class="panel form-section" aria-labelledby="site-disclaimer">
      <h2 id="site-disclaimer" class="panel-title">
        {t.sites.sections.disclaimer}
      </h2>
      <p class="version-note" aria-live="polite">
        {site && <span>{t.sites.disclaimerCurrent(current)} </span>}
        <span class={changed ? 'version-next' : undefined}>{t.sites.disclaimerNext(current + 1)}</span>
      </p>
      {languages.map((lang) => (
        <SiteTextField
          key={lang}
          editor={editor}
          path={`disclaimerText.${lang}`}
          label={t.sites.disclaimerText(languageNames[lang])}
          hint={lang === 'en' ? t.sites.disclaimerHint : undefined}
          lang={lang}
          rows={lang === 'en' ? 6 : 4}
          required={lang === 'en'}
          value={d.disclaimer[lang]}
          onInput={(value) => editor.update((x) => ({ ...x, disclaimer: { ...x.disclaimer, [lang]: value } }))}
        />
      ))}
      {older.length > 0 && (
        <details class="versions">
          <summary>{t.sites.disclaimerHistory}</summary>
          <ol class="version-list">
            {older.map((version) => (
              <li key={version.version}>
                <p class="version-title">
                  {t.sites.disclaimerVersionLabel(version.version, formatDateTime(version.createdAt, i18n.lang.value))}
                </p>
                {languages.map((lang) =>
                  version.text[lang] ? (
                    <p key={lang} lang={lang} class="pre-wrap version-text">
                      {version.text[lang]}
                    </p>
                  ) : null,
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
