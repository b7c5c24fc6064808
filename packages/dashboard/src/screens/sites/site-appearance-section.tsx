/** Accent colour and default language of the widgets, and the contact details they show. */
import { type Language, languages } from '@retainer/schema';
import { useMessages } from '../../app-context.ts';
import { languageNames } from '../../i18n/language-names.ts';
import type { SiteEditorModel } from './site-editor-model.ts';
import { SiteTextField } from './site-text-field.tsx';

export function SiteAppearanceSection({ editor }: { editor: SiteEditorModel }) {
  const t = useMessages();
  const d = editor.draft.value;
  const validHex = /^#[0-9a-fA-F]{6}$/.test(d.accent);
  return (
    <>
      <section class="panel form-section" aria-labelledby="site-appearance">
        <h2 id="site-appearance" class="panel-title">
          {t.sites.sections.appearance}
        </h2>
        <div class="form-grid">
          <div class="accent-pair">
            <div class="field">
              <label for="site-accent-picker">{t.sites.accent}</label>
              <input
                id="site-accent-picker"
                type="color"
                class="color-input"
                value={validHex ? d.accent.toLowerCase() : '#000000'}
                onInput={(event) => editor.update((x) => ({ ...x, accent: event.currentTarget.value }))}
              />
            </div>
            <SiteTextField
              editor={editor}
              path="accent"
              label={t.sites.accentHex}
              value={d.accent}
              class="field-hex"
              onInput={(accent) => editor.update((x) => ({ ...x, accent }))}
            />
          </div>
          <div class="field">
            <label for="site-defaultLanguage">{t.sites.defaultLanguage}</label>
            <select
              id="site-defaultLanguage"
              value={d.defaultLanguage}
              onChange={(event) =>
                editor.update((x) => ({ ...x, defaultLanguage: event.currentTarget.value as Language }))
              }
            >
              {languages.map((lang) => (
                <option key={lang} value={lang} lang={lang}>
                  {languageNames[lang]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>
      <section class="panel form-section" aria-labelledby="site-contact">
        <h2 id="site-contact" class="panel-title">
          {t.sites.sections.contact}
        </h2>
        <div class="form-grid">
          <SiteTextField
            editor={editor}
            path="contact.phone"
            type="tel"
            label={t.sites.phone}
            value={d.phone}
            onInput={(phone) => editor.update((x) => ({ ...x, phone }))}
          />
          <SiteTextField
            editor={editor}
            path="contact.email"
            type="email"
            label={t.sites.contactEmail}
            value={d.email}
            onInput={(email) => editor.update((x) => ({ ...x, email }))}
          />
          <SiteTextField
            editor={editor}
            path="contact.contactPage"
            type="url"
            label={t.sites.contactPage}
            value={d.contactPage}
            onInput={(contactPage) => editor.update((x) => ({ ...x, contactPage }))}
          />
          <SiteTextField
            editor={editor}
            path="privacyUrl"
            type="url"
            label={t.sites.privacyUrl}
            value={d.privacyUrl}
            onInput={(privacyUrl) => editor.update((x) => ({ ...x, privacyUrl }))}
          />
        </div>
        <div class="form-grid form-grid-3">
          {languages.map((lang) => (
            <SiteTextField
              key={lang}
              editor={editor}
              path={`contact.hours.${lang}`}
              label={t.sites.hours(languageNames[lang])}
              lang={lang}
              value={d.contactHours[lang]}
              onInput={(value) => editor.update((x) => ({ ...x, contactHours: { ...x.contactHours, [lang]: value } }))}
            />
          ))}
        </div>
      </section>
    </>
  );
}
