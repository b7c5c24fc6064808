/** Declining needs a reason: the dialog will not send without one. */
import { useSignal } from '@preact/signals';
import { useMessages } from '../../app-context.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { IntakeModel } from './intake-model.ts';

type DeclineDialogProps = { open: boolean; intake: IntakeModel; onClose: () => void; onDeclined: () => void };

export function DeclineDialog({ open, intake, onClose, onDeclined }: DeclineDialogProps) {
  const t = useMessages();
  const reason = useSignal('');
  const missing = useSignal(false);
  const failed = intake.actionProblem.value;

  const close = () => {
    reason.value = '';
    missing.value = false;
    onClose();
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const text = reason.value.trim();
    missing.value = text === '';
    if (missing.value) return;
    if (await intake.changeState('declined', text)) {
      reason.value = '';
      onDeclined();
    }
  };

  return (
    <Dialog open={open} title={t.intake.declineTitle} onClose={close}>
      <form class="form" onSubmit={onSubmit} noValidate>
        <Field
          label={t.intake.declineReason}
          hint={t.intake.declineHint}
          error={missing.value ? t.fieldErrors.required : undefined}
          required
        >
          {(ids) => (
            <textarea
              {...ids}
              data-autofocus
              rows={4}
              maxLength={500}
              required
              value={reason.value}
              onInput={(e) => {
                reason.value = e.currentTarget.value;
              }}
            />
          )}
        </Field>
        {failed?.action === 'state' && <ProblemAlert problem={failed.problem} />}
        <div class="form-actions">
          <button type="submit" class="button button-danger" disabled={intake.busy.value !== null}>
            {t.intake.declineConfirm}
          </button>
          <button type="button" class="button button-secondary" onClick={close}>
            {t.common.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
