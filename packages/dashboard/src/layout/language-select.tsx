/** Switches the dashboard's language and remembers the choice in this browser. */
import { type Language, languages } from '@retainer/schema';
import { useId } from 'preact/hooks';
import { useDashboard, useMessages } from '../app-context.ts';
import { languageNames } from '../i18n/language-names.ts';

export function LanguageSelect() {
  const t = useMessages();
  const { i18n } = useDashboard();
  const id = useId();
  return (
    <div class="language-select">
      <label for={id} class="visually-hidden">
        {t.nav.language}
      </label>
      <select
        id={id}
        value={i18n.lang.value}
        onChange={(event) => i18n.setLanguage(event.currentTarget.value as Language, true)}
      >
        {languages.map((lang) => (
          // Each language is named in itself so people can find their own.
          <option key={lang} value={lang} lang={lang}>
            {languageNames[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
