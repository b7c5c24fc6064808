/** Adds existing clients and adverse parties to the conflict index from a CSV file. */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { useId } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type ImportPartiesDialogProps = { open: boolean; onClose: () => void; onImported: () => void };

export function ImportPartiesDialog({ open, onClose, onImported }: ImportPartiesDialogProps) {
  const t = useMessages();
  const { api, announcer } = useDashboard();
  const file = useSignal<File | null>(null);
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const result = useSignal<string | null>(null);
  const missing = useSignal(false);
  const inputId = useId();

  const close = () => {
    file.value = null;
    problem.value = null;
    result.value = null;
    missing.value = false;
    onClose();
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    problem.value = null;
    result.value = null;
    missing.value = !file.value;
    if (!file.value) return;
    busy.value = true;
    try {
      const answer = await api.importParties(await file.value.text());
      result.value = t.importParties.result(answer.imported, answer.skipped);
      announcer.announce(result.value);
      onImported();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = false;
    }
  };

  return (
    <Dialog
      open={open}
      title={t.importParties.title}
      onClose={close}
      description={<p>{t.importParties.description}</p>}
    >
      <form class="form" onSubmit={onSubmit} noValidate>
        <div class={`field${missing.value ? ' field-invalid' : ''}`}>
          <label for={inputId}>{t.importParties.file}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            aria-invalid={missing.value || undefined}
            aria-describedby={missing.value ? `${inputId}-error` : undefined}
            onChange={(event) => {
              file.value = event.currentTarget.files?.[0] ?? null;
              missing.value = false;
            }}
          />
          {missing.value && (
            <p class="field-error" id={`${inputId}-error`}>
              {t.importParties.chooseFile}
            </p>
          )}
        </div>
        <ProblemAlert problem={problem.value} />
        {result.value && (
          <p class="alert alert-success" role="status">
            {result.value}
          </p>
        )}
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={busy.value}>
            {busy.value ? t.importParties.importing : t.importParties.import}
          </button>
          <button type="button" class="button button-secondary" onClick={close}>
            {t.common.close}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
