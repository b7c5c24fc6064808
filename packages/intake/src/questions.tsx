/**
 * The firm's own questions (issue 17), after the built-in fields: a line or a story, a date, or a choice (options,
 * yes/no) as a radio group with a legend. Shown and hidden live by the model as the answers change.
 */

import type { Language } from '@retainer/schema';
import { type IntakeQuestion, pickText } from '@retainer/schema';
import type { IntakeText } from './messages/load-messages.ts';
import type { IntakeModel } from './model.ts';

/** `error`: the message for this question's error code, worded by the form (`errorText` in fields.tsx). */
type QuestionProps = {
  question: IntakeQuestion;
  model: IntakeModel;
  t: IntakeText;
  lang: Language;
  error?: string | undefined;
};

// Ids as fields.tsx's `inputId('answers.q-…')` makes them; not imported, so this chunk does not split that module out.
const idOf = (question: IntakeQuestion) => `f-answers-${question.id}`;

function ErrorText({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={`${id}-error`} class="error" part="error">
      {text}
    </p>
  ) : null;
}

function Required({ on }: { on: boolean }) {
  return on ? (
    <span class="required" aria-hidden="true">
      {' '}
      *
    </span>
  ) : null;
}

export function QuestionField(props: QuestionProps) {
  const { question } = props;
  return question.kind === 'choice' || question.kind === 'yesNo' ? (
    <ChoiceQuestion {...props} />
  ) : (
    <TextQuestion {...props} />
  );
}

function TextQuestion({ question, model, lang, error }: QuestionProps) {
  const id = idOf(question);
  const required = model.required.value.has(question.id);
  const props = {
    id,
    name: question.id,
    class: 'input',
    part: 'input',
    autocomplete: 'off',
    required,
    'aria-required': required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    readOnly: model.locked.value,
    value: model.answers.value[question.id] ?? '',
    onInput: (event: Event) => model.setAnswer(question.id, (event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={question.kind === 'longText' ? 'field wide' : 'field'} part="field">
      <label for={id} class="label" part="label">
        {pickText(question.label, lang)}
        <Required on={required} />
      </label>
      <ErrorText id={id} text={error} />
      {question.kind === 'longText' ? (
        <textarea {...props} rows={4} maxLength={5000} />
      ) : (
        <input
          {...props}
          type={question.kind === 'date' ? 'date' : 'text'}
          maxLength={question.kind === 'date' ? undefined : 200}
        />
      )}
    </div>
  );
}

function ChoiceQuestion({ question, model, t, lang, error }: QuestionProps) {
  const id = idOf(question);
  const required = model.required.value.has(question.id);
  const options =
    question.kind === 'yesNo'
      ? [
          { id: 'yes', text: t.intake.yesNo.yes },
          { id: 'no', text: t.intake.yesNo.no },
        ]
      : (question.options ?? []).map((option) => ({ id: option.id, text: pickText(option.label, lang) }));
  return (
    <fieldset class="field wide" part="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend class="label" part="label">
        {pickText(question.label, lang)}
        <Required on={required} />
      </legend>
      <ErrorText id={id} text={error} />
      <div class="choices">
        {options.map((option, index) => (
          <label class="choice" key={option.id}>
            <input
              type="radio"
              name={question.id}
              id={index === 0 ? id : undefined}
              value={option.id}
              required={required}
              aria-invalid={error ? 'true' : undefined}
              checked={model.answers.value[question.id] === option.id}
              onChange={() => model.setAnswer(question.id, option.id)}
            />
            {option.text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
