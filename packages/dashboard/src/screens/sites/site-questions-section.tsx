/**
 * The firm's own intake questions (issue 17): add, edit, reorder and remove; kind, labels in three languages,
 * required, options for a choice, and when it shows (practice areas, and/or an earlier answer's value).
 */
import { contactMethods, languages, questionKinds } from '@retainer/schema';
import { useDashboard, useMessages } from '../../app-context.ts';
import { languageNames } from '../../i18n/language-names.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import type { SiteEditorModel } from './site-editor-model.ts';
import { controlId, errorAt } from './site-field-ids.ts';
import { newOptionRow, newQuestionRow, type OptionRow, type QuestionRow } from './site-questions-draft.ts';
import { SiteTextField } from './site-text-field.tsx';

type RowProps = { editor: SiteEditorModel; row: QuestionRow; index: number; count: number };

/** After a re-render, focus what the keyboard user was on (the moved row's button, a new row's first control). */
const focusSoon = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

export function SiteQuestionsSection({ editor }: { editor: SiteEditorModel }) {
  const t = useMessages();
  const rows = editor.draft.value.questions;
  const add = () => {
    const row = newQuestionRow();
    editor.update((x) => ({ ...x, questions: [...x.questions, row] }));
    focusSoon(`#${controlId(`intakeQuestions.${rows.length}.kind`)}`);
  };
  return (
    <section class="panel form-section" aria-labelledby="site-questions">
      <h2 id="site-questions" class="panel-title">
        {t.questions.title}
      </h2>
      <p class="muted">{t.questions.intro}</p>
      {rows.length === 0 && <p class="muted">{t.questions.none}</p>}
      {rows.map((row, index) => (
        <QuestionEditor key={row.key} editor={editor} row={row} index={index} count={rows.length} />
      ))}
      <button type="button" id="site-add-question" class="button button-secondary" onClick={add}>
        {t.questions.add}
      </button>
    </section>
  );
}

function QuestionEditor({ editor, row, index, count }: RowProps) {
  const t = useMessages();
  const q = t.questions;
  const { announcer } = useDashboard();
  const draft = editor.draft.value;
  const path = `intakeQuestions.${index}`;
  const name = row.en.trim() || q.legend(index + 1);
  const set = (change: Partial<QuestionRow>) =>
    editor.update((x) => ({ ...x, questions: x.questions.map((r) => (r.key === row.key ? { ...r, ...change } : r)) }));
  const move = (by: -1 | 1, button: 'up' | 'down') => {
    editor.update((x) => {
      const list = [...x.questions];
      const [moved] = list.splice(index, 1);
      if (moved) list.splice(index + by, 0, moved);
      return { ...x, questions: list };
    });
    announcer.announce(q.moved(name, index + by + 1));
    // At the top or the bottom the button just used is disabled: the other one keeps the focus in the row.
    const to = index + by;
    const next = to === 0 ? 'down' : to === count - 1 ? 'up' : button;
    focusSoon(`[data-question="${row.key}"] [data-move="${next}"]`);
  };
  const remove = () => {
    editor.update((x) => ({ ...x, questions: x.questions.filter((r) => r.key !== row.key) }));
    focusSoon('#site-add-question');
  };
  // Conditions may name the contact method or an earlier question with a fixed set of values (no loops).
  const earlier = draft.questions.slice(0, index).filter((r) => r.kind === 'choice' || r.kind === 'yesNo');
  const source = earlier.find((r) => r.id === row.answerField);
  const values: { id: string; text: string }[] =
    row.answerField === 'contactMethod'
      ? contactMethods.map((m) => ({ id: m, text: q.contactMethods[m] }))
      : source?.kind === 'yesNo'
        ? [
            { id: 'yes', text: q.yes },
            { id: 'no', text: q.no },
          ]
        : (source?.options ?? []).map((o) => ({ id: o.id, text: o.en || o.id }));
  const errorOf = (at: string) => {
    const found = errorAt(editor.errors.value, at);
    return found ? fieldErrorMessage(found.code, t) : undefined;
  };
  const fieldError = errorOf(`${path}.showWhen.answer.field`) ?? errorOf(`${path}.showWhen.answer.equals`);
  const areasError = errorOf(`${path}.showWhen.practiceAreas`);
  const optionsError = errorOf(`${path}.options`);
  const areas = draft.areas.filter((a) => a.id.trim());

  return (
    <fieldset class="fieldset area-row question-row" data-question={row.key}>
      <legend>{q.legend(index + 1)}</legend>
      <div class="area-grid">
        <div class="field">
          <label for={controlId(`${path}.kind`)}>{q.kind}</label>
          <select
            id={controlId(`${path}.kind`)}
            value={row.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value as QuestionRow['kind'];
              set({ kind, options: kind === 'choice' && row.options.length === 0 ? [newOptionRow([])] : row.options });
            }}
          >
            {questionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {q.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        {languages.map((lang) => (
          <SiteTextField
            key={lang}
            editor={editor}
            path={`${path}.label.${lang}`}
            label={q.label(languageNames[lang])}
            lang={lang}
            value={row[lang]}
            required={lang === 'en'}
            onInput={(value) => set({ [lang]: value })}
          />
        ))}
      </div>
      <label class="checkbox">
        <input type="checkbox" checked={row.required} onChange={(e) => set({ required: e.currentTarget.checked })} />
        {q.required}
      </label>

      {row.kind === 'choice' && (
        <fieldset
          class="fieldset"
          id={controlId(`${path}.options`)}
          aria-describedby={optionsError ? `${controlId(`${path}.options`)}-error` : undefined}
        >
          <legend>{q.options}</legend>
          {row.options.map((option, n) => (
            <OptionEditor
              key={option.key}
              editor={editor}
              path={`${path}.options.${n}`}
              option={option}
              n={n}
              onChange={(change) =>
                set({ options: row.options.map((o) => (o.key === option.key ? { ...o, ...change } : o)) })
              }
              onRemove={() => set({ options: row.options.filter((o) => o.key !== option.key) })}
            />
          ))}
          {optionsError && (
            <p class="field-error" id={`${controlId(`${path}.options`)}-error`}>
              {optionsError}
            </p>
          )}
          <button
            type="button"
            class="button button-secondary button-small"
            onClick={() => set({ options: [...row.options, newOptionRow(row.options)] })}
          >
            {q.addOption}
          </button>
        </fieldset>
      )}

      <fieldset class="fieldset">
        <legend>{q.showWhen}</legend>
        <fieldset
          class="fieldset-plain"
          id={controlId(`${path}.showWhen.practiceAreas`)}
          aria-describedby={areasError ? `${controlId(`${path}.showWhen.practiceAreas`)}-error` : undefined}
        >
          <legend>{q.areasLegend}</legend>
          {areas.length === 0 && <p class="muted">{q.noAreas}</p>}
          <div class="checkbox-row">
            {areas.map((area) => (
              <label key={area.key} class="checkbox">
                <input
                  type="checkbox"
                  checked={row.areas.includes(area.id.trim())}
                  onChange={(event) =>
                    set({
                      areas: event.currentTarget.checked
                        ? [...row.areas, area.id.trim()]
                        : row.areas.filter((id) => id !== area.id.trim()),
                    })
                  }
                />
                {area.en || area.id}
              </label>
            ))}
          </div>
          {areasError && (
            <p class="field-error" id={`${controlId(`${path}.showWhen.practiceAreas`)}-error`}>
              {areasError}
            </p>
          )}
        </fieldset>
        <div class="form-grid form-grid-narrow">
          <div class={`field${fieldError ? ' field-invalid' : ''}`}>
            <label for={controlId(`${path}.showWhen.answer.field`)}>{q.answerField}</label>
            <select
              id={controlId(`${path}.showWhen.answer.field`)}
              value={row.answerField}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? `${controlId(`${path}.showWhen.answer.field`)}-error` : undefined}
              onChange={(event) => set({ answerField: event.currentTarget.value, answerEquals: '' })}
            >
              <option value="">{q.always}</option>
              <option value="contactMethod">{q.contactMethod}</option>
              {earlier.map((r) => (
                <option key={r.key} value={r.id}>
                  {r.en || r.id}
                </option>
              ))}
            </select>
            {fieldError && (
              <p class="field-error" id={`${controlId(`${path}.showWhen.answer.field`)}-error`}>
                {fieldError}
              </p>
            )}
          </div>
          {row.answerField && (
            <div class="field">
              <label for={controlId(`${path}.showWhen.answer.equals`)}>{q.answerEquals}</label>
              <select
                id={controlId(`${path}.showWhen.answer.equals`)}
                value={row.answerEquals}
                onChange={(event) => set({ answerEquals: event.currentTarget.value })}
              >
                <option value="" disabled>
                  —
                </option>
                {values.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.text}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      </fieldset>

      <div class="button-row">
        <button
          type="button"
          class="button button-quiet button-small"
          data-move="up"
          disabled={index === 0}
          aria-label={q.moveUp(name)}
          onClick={() => move(-1, 'up')}
        >
          {q.up}
        </button>
        <button
          type="button"
          class="button button-quiet button-small"
          data-move="down"
          disabled={index === count - 1}
          aria-label={q.moveDown(name)}
          onClick={() => move(1, 'down')}
        >
          {q.down}
        </button>
        <button type="button" class="button button-quiet button-small" aria-label={q.remove(name)} onClick={remove}>
          {q.delete}
        </button>
      </div>
    </fieldset>
  );
}

function OptionEditor({
  editor,
  path,
  option,
  n,
  onChange,
  onRemove,
}: {
  editor: SiteEditorModel;
  path: string;
  option: OptionRow;
  n: number;
  onChange: (change: Partial<OptionRow>) => void;
  onRemove: () => void;
}) {
  const q = useMessages().questions;
  return (
    <fieldset class="fieldset-plain option-row">
      <legend>{q.optionLegend(n + 1)}</legend>
      <div class="area-grid">
        {languages.map((lang) => (
          <SiteTextField
            key={lang}
            editor={editor}
            path={`${path}.label.${lang}`}
            label={q.optionLabel(languageNames[lang])}
            lang={lang}
            value={option[lang]}
            required={lang === 'en'}
            onInput={(value) => onChange({ [lang]: value })}
          />
        ))}
        <button
          type="button"
          class="button button-quiet button-small"
          aria-label={q.removeOption(option.en || String(n + 1))}
          onClick={onRemove}
        >
          {q.delete}
        </button>
      </div>
    </fieldset>
  );
}
