/** Practice areas: an id for data and a label per language for the intake form's menu. */
import { languages } from '@retainer/schema';
import { useMessages } from '../../app-context.ts';
import { languageNames } from '../../i18n/language-names.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import { type AreaRow, areaRow } from './site-draft.ts';
import type { SiteEditorModel } from './site-editor-model.ts';
import { controlId } from './site-field-ids.ts';
import { SiteTextField } from './site-text-field.tsx';

export function SiteAreasSection({ editor }: { editor: SiteEditorModel }) {
  const t = useMessages();
  const areas = editor.draft.value.areas;
  // The list as a whole: none while the intake form asks for one (issue 14, defect 9).
  const listError = editor.errors.value.practiceAreas;
  const setRow = (key: number, change: Partial<AreaRow>) =>
    editor.update((x) => ({ ...x, areas: x.areas.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  const remove = (key: number) => editor.update((x) => ({ ...x, areas: x.areas.filter((row) => row.key !== key) }));
  const add = () => {
    editor.update((x) => ({ ...x, areas: [...x.areas, areaRow()] }));
    // Focus the new row's first input so keyboard users land where they will type.
    queueMicrotask(() => {
      requestAnimationFrame(() => {
        document.querySelector<HTMLInputElement>('.area-row:last-of-type input')?.focus();
      });
    });
  };

  return (
    <section class="panel form-section" aria-labelledby="site-areas">
      <h2 id="site-areas" class="panel-title">
        {t.sites.sections.practiceAreas}
      </h2>
      {areas.length === 0 && <p class="muted">{t.sites.noAreas}</p>}
      {areas.map((row, index) => (
        <fieldset key={row.key} class="fieldset area-row">
          <legend>{t.sites.areaLegend(index + 1)}</legend>
          <div class="area-grid">
            <SiteTextField
              editor={editor}
              path={`practiceAreas.${index}.id`}
              label={t.sites.areaId}
              value={row.id}
              required
              onInput={(id) => setRow(row.key, { id: id.toLowerCase() })}
            />
            {languages.map((lang) => (
              <SiteTextField
                key={lang}
                editor={editor}
                path={`practiceAreas.${index}.label.${lang}`}
                label={t.sites.areaLabel(languageNames[lang])}
                lang={lang}
                value={row[lang]}
                required={lang === 'en'}
                onInput={(value) => setRow(row.key, { [lang]: value })}
              />
            ))}
          </div>
          <button
            type="button"
            class="button button-quiet button-small"
            onClick={() => remove(row.key)}
            aria-label={t.sites.removeArea(row.en || row.id || String(index + 1))}
          >
            {t.sites.remove}
          </button>
        </fieldset>
      ))}
      {listError && (
        <p id="site-practiceAreas-error" class="field-error">
          {fieldErrorMessage(listError, t)}
        </p>
      )}
      <button
        type="button"
        id={controlId('practiceAreas')}
        class="button button-secondary"
        onClick={add}
        aria-describedby={listError ? 'site-practiceAreas-error' : undefined}
      >
        {t.sites.addArea}
      </button>
    </section>
  );
}
