/**
 * Confirms an erasure: says what goes, what stays, and asks for the email to be typed, so a
 * stray click cannot erase anyone.
 */
import { useSignal } from '@preact/signals';
import { useMessages } from '../../app-context.ts';
import type { PersonCounts } from '../../i18n/messages/en.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { PeopleModel } from './people-model.ts';

type EraseDialogProps = {
  open: boolean;
  people: PeopleModel;
  onClose: () => void;
  onErased: (counts: PersonCounts) => void;
};

export function EraseDialog({ open, people, onClose, onErased }: EraseDialogProps) {
  const t = useMessages();
  const typed = useSignal('');
  const email = people.searched.value ?? '';
  const matches = typed.value.trim().toLowerCase() === email;

  const close = () => {
    typed.value = '';
    onClose();
  };
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!matches) return;
    if (await people.erase()) {
      typed.value = '';
      onErased(people.erasedCount.value ?? { intakes: 0, matters: 0, surveys: 0 });
    }
  };

  return (
    <Dialog
      open={open}
      title={t.people.eraseTitle}
      onClose={close}
      description={
        <>
          <p>{t.people.eraseIntro(email)}</p>
          <ul class="erase-list">
            <li>{t.people.eraseGone}</li>
            <li>{t.people.eraseStays}</li>
          </ul>
          <p>{t.people.eraseExportFirst}</p>
        </>
      }
    >
      <form class="form" onSubmit={onSubmit} noValidate>
        <Field label={t.people.eraseConfirmLabel(email)}>
          {(ids) => (
            <input
              {...ids}
              type="email"
              autoComplete="off"
              data-autofocus
              value={typed.value}
              onInput={(e) => {
                typed.value = e.currentTarget.value;
              }}
            />
          )}
        </Field>
        <ProblemAlert problem={people.busy.value === null ? people.problem.value : null} />
        <div class="form-actions">
          <button type="submit" class="button button-danger" disabled={!matches || people.busy.value !== null}>
            {people.busy.value === 'erase' ? t.people.erasing : t.people.eraseConfirm}
          </button>
          <button type="button" class="button button-secondary" onClick={close}>
            {t.common.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
