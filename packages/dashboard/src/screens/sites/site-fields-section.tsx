/** Which questions the intake form asks, and which of them must be answered. */
import { type IntakeFieldName, intakeFieldNames } from '@retainer/schema';
import { useMessages } from '../../app-context.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import type { SiteEditorModel } from './site-editor-model.ts';
import { errorAt } from './site-field-ids.ts';

export function SiteFieldsSection({ editor }: { editor: SiteEditorModel }) {
  const t = useMessages();
  const fields = editor.draft.value.fields;
  const error = errorAt(editor.errors.value, 'intakeFields');
  const set = (name: IntakeFieldName, change: Partial<{ shown: boolean; required: boolean }>) =>
    editor.update((x) => {
      const next = { ...x.fields[name], ...change };
      if (!next.shown) next.required = false;
      return { ...x, fields: { ...x.fields, [name]: next } };
    });

  return (
    <section class="panel form-section" aria-labelledby="site-fields">
      <h2 id="site-fields" class="panel-title">
        {t.sites.sections.intakeFields}
      </h2>
      {error && (
        <p class="field-error" id="site-intakeFields">
          {fieldErrorMessage(error.code, t)}
        </p>
      )}
      <table class="table table-compact fields-table">
        <thead>
          <tr>
            <th scope="col">{t.sites.fieldColumn}</th>
            <th scope="col">{t.sites.fieldShown}</th>
            <th scope="col">{t.sites.fieldRequired}</th>
          </tr>
        </thead>
        <tbody>
          {intakeFieldNames.map((name) => {
            const label = t.intake.fields[name];
            return (
              <tr key={name}>
                <th scope="row">{label}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${label}: ${t.sites.fieldShown}`}
                    checked={fields[name].shown}
                    onChange={(event) => set(name, { shown: event.currentTarget.checked })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${label}: ${t.sites.fieldRequired}`}
                    checked={fields[name].required}
                    disabled={!fields[name].shown}
                    onChange={(event) => set(name, { required: event.currentTarget.checked })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
