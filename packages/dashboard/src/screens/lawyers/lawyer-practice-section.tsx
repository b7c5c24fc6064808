/** What the lawyer does and where: practice areas from the site's own list, offices, languages, years. */

import { pickText } from '@retainer/schema';
import type { AdminSite } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { languageNames } from '../../i18n/language-names.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import { type OfficeRow, rowKey } from './lawyer-draft.ts';
import type { LawyerEditorModel } from './lawyer-editor-model.ts';
import { errorAt } from './lawyer-field-ids.ts';
import { LawyerRowsField } from './lawyer-rows-field.tsx';
import { LawyerTextField } from './lawyer-text-field.tsx';

export function LawyerPracticeSection({ editor, site }: { editor: LawyerEditorModel; site: AdminSite }) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const d = editor.draft.value;
  const areaError = errorAt(editor.errors.value, 'practiceAreas');
  const toggleArea = (id: string, on: boolean) =>
    editor.update((x) => ({
      ...x,
      // Kept in the site's order, so the card lists areas the way the site does.
      practiceAreas: site.practiceAreas.map((a) => a.id).filter((a) => (a === id ? on : x.practiceAreas.includes(a))),
    }));
  const setOffice = (key: number, change: Partial<OfficeRow>) =>
    editor.update((x) => ({ ...x, offices: x.offices.map((o) => (o.key === key ? { ...o, ...change } : o)) }));

  return (
    <section class="panel form-section" aria-labelledby="lawyer-practice">
      <h2 id="lawyer-practice" class="panel-title">
        {t.lawyers.sections.practice}
      </h2>
      <fieldset
        class="fieldset"
        id="lawyer-practiceAreas"
        aria-describedby={areaError ? 'lawyer-practiceAreas-error' : undefined}
      >
        <legend>{t.lawyers.practiceAreas}</legend>
        {site.practiceAreas.length === 0 && <p class="muted">{t.lawyers.noPracticeAreas}</p>}
        <div class="checkbox-row">
          {site.practiceAreas.map((area) => (
            <label key={area.id} class="checkbox">
              <input
                type="checkbox"
                checked={d.practiceAreas.includes(area.id)}
                onChange={(event) => toggleArea(area.id, event.currentTarget.checked)}
              />
              {pickText(area.label, i18n.lang.value)}
            </label>
          ))}
        </div>
        {areaError && (
          <p class="field-error" id="lawyer-practiceAreas-error">
            {fieldErrorMessage(areaError, t)}
          </p>
        )}
      </fieldset>
      <div class="form-grid">
        <LawyerTextField
          editor={editor}
          path="languages"
          label={t.lawyers.languages}
          hint={`${t.lawyers.languagesHint} (${Object.entries(languageNames)
            .map(([code, name]) => `${code} = ${name}`)
            .join(', ')})`}
          value={d.languages}
          onInput={(languages) => editor.update((x) => ({ ...x, languages }))}
        />
        <LawyerTextField
          editor={editor}
          path="yearsInPractice"
          label={t.lawyers.yearsInPractice}
          inputMode="numeric"
          value={d.yearsInPractice}
          onInput={(yearsInPractice) => editor.update((x) => ({ ...x, yearsInPractice }))}
        />
      </div>
      <LawyerRowsField
        name="offices"
        title={t.lawyers.offices}
        rows={d.offices}
        legend={t.lawyers.officeLegend}
        addLabel={t.lawyers.addOffice}
        onAdd={() => editor.update((x) => ({ ...x, offices: [...x.offices, { key: rowKey(), id: '', name: '' }] }))}
        onRemove={(key) => editor.update((x) => ({ ...x, offices: x.offices.filter((o) => o.key !== key) }))}
      >
        {(row, index) => (
          <LawyerTextField
            editor={editor}
            path={`offices.${index}.name`}
            label={t.lawyers.officeName}
            value={row.name}
            required
            onInput={(name) => setOffice(row.key, { name })}
          />
        )}
      </LawyerRowsField>
    </section>
  );
}
