/** Internal notes on an intake: read them in order, add one. Notes are text, never markup. */

import { useSignal } from '@preact/signals';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDateTime } from '../../format/date.ts';
import { personName } from '../../format/person-name.ts';
import { Field } from '../../ui/field.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { IntakeModel } from './intake-model.ts';

export function IntakeNotes({ intake }: { intake: IntakeModel }) {
  const t = useMessages();
  const { i18n, announcer } = useDashboard();
  const body = useSignal('');
  const missing = useSignal(false);
  const notes = intake.detail.value?.notes ?? [];
  const failed = intake.actionProblem.value;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const text = body.value.trim();
    missing.value = text === '';
    if (missing.value) return;
    if (await intake.addNote(text)) {
      body.value = '';
      announcer.announce(t.intake.noteAdded);
    }
  };

  return (
    <section class="panel" aria-labelledby="notes-title">
      <h2 id="notes-title" class="panel-title">
        {t.intake.notesTitle}
      </h2>
      {notes.length === 0 ? (
        <p class="muted">{t.intake.noNotes}</p>
      ) : (
        <ol class="notes">
          {notes.map((note) => (
            <li key={note.id} class="note">
              <p class="note-meta">
                <strong>{personName(note.author, t)}</strong> ·{' '}
                <time dateTime={new Date(note.createdAt).toISOString()}>
                  {formatDateTime(note.createdAt, i18n.lang.value)}
                </time>
              </p>
              <p class="pre-wrap note-body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form class="form note-form" onSubmit={onSubmit} noValidate>
        <Field
          label={t.intake.noteLabel}
          hint={t.intake.noteHint}
          error={missing.value ? t.fieldErrors.required : undefined}
        >
          {(ids) => (
            <textarea
              {...ids}
              rows={3}
              maxLength={5000}
              value={body.value}
              onInput={(e) => {
                body.value = e.currentTarget.value;
              }}
            />
          )}
        </Field>
        {failed?.action === 'note' && <ProblemAlert problem={failed.problem} />}
        <div class="form-actions">
          <button type="submit" class="button button-secondary" disabled={intake.busy.value !== null}>
            {intake.busy.value === 'note' ? t.common.saving : t.intake.addNote}
          </button>
        </div>
      </form>
    </section>
  );
}
