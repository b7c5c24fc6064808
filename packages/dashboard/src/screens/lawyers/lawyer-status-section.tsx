/** Active or departed, and when the profile's claims were last checked ("mark verified today"). */
import { lawyerStatuses } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { today } from './lawyer-draft.ts';
import type { LawyerEditorModel } from './lawyer-editor-model.ts';
import { LawyerTextField } from './lawyer-text-field.tsx';

export function LawyerStatusSection({ editor }: { editor: LawyerEditorModel }) {
  const t = useMessages();
  const { announcer } = useDashboard();
  const l = t.lawyers;
  const d = editor.draft.value;
  return (
    <section class="panel form-section" aria-labelledby="lawyer-verification">
      <h2 id="lawyer-verification" class="panel-title">
        {l.sections.verification}
      </h2>
      <fieldset class="fieldset" id="lawyer-status" aria-describedby="lawyer-status-hint">
        <legend>{l.statusLabel}</legend>
        <p class="field-hint" id="lawyer-status-hint">
          {l.statusHint}
        </p>
        <div class="checkbox-row">
          {lawyerStatuses.map((status) => (
            <label key={status} class="checkbox">
              <input
                type="radio"
                name="lawyer-status"
                value={status}
                checked={d.status === status}
                onChange={() => editor.update((x) => ({ ...x, status }))}
              />
              {l.status[status]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="verify-row">
        <LawyerTextField
          editor={editor}
          path="lastVerified"
          label={l.lastVerified}
          hint={l.lastVerifiedHint}
          type="date"
          required
          value={d.lastVerified}
          onInput={(lastVerified) => editor.update((x) => ({ ...x, lastVerified }))}
        />
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            editor.update((x) => ({ ...x, lastVerified: today() }));
            announcer.announce(l.verifiedToday);
          }}
        >
          {l.verifyToday}
        </button>
      </div>
    </section>
  );
}
