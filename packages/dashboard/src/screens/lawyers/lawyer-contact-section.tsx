/** The short biography in each language the site speaks, and the ways to reach or book the lawyer. */
import { languages } from '@retainer/schema';
import { useMessages } from '../../app-context.ts';
import { languageNames } from '../../i18n/language-names.ts';
import type { LawyerEditorModel } from './lawyer-editor-model.ts';
import { LawyerTextField } from './lawyer-text-field.tsx';

export function LawyerContactSection({ editor }: { editor: LawyerEditorModel }) {
  const t = useMessages();
  const l = t.lawyers;
  const d = editor.draft.value;
  return (
    <>
      <section class="panel form-section" aria-labelledby="lawyer-bio">
        <h2 id="lawyer-bio" class="panel-title">
          {l.sections.bio}
        </h2>
        {languages.map((lang) => (
          <LawyerTextField
            key={lang}
            editor={editor}
            path={`bio.${lang}`}
            label={l.bio(languageNames[lang])}
            lang={lang}
            rows={4}
            value={d.bio[lang]}
            onInput={(text) => editor.update((x) => ({ ...x, bio: { ...x.bio, [lang]: text } }))}
          />
        ))}
      </section>
      <section class="panel form-section" aria-labelledby="lawyer-contact">
        <h2 id="lawyer-contact" class="panel-title">
          {l.sections.contact}
        </h2>
        <div class="form-grid">
          <LawyerTextField
            editor={editor}
            path="email"
            label={l.email}
            type="email"
            value={d.email}
            onInput={(email) => editor.update((x) => ({ ...x, email }))}
          />
          <LawyerTextField
            editor={editor}
            path="phone"
            label={l.phone}
            type="tel"
            value={d.phone}
            onInput={(phone) => editor.update((x) => ({ ...x, phone }))}
          />
        </div>
        <LawyerTextField
          editor={editor}
          path="bookingUrl"
          label={l.bookingUrl}
          hint={l.bookingHint}
          type="url"
          value={d.bookingUrl}
          onInput={(bookingUrl) => editor.update((x) => ({ ...x, bookingUrl }))}
        />
      </section>
    </>
  );
}
