/**
 * The firm's own questions (issue 17), after the built-in fields: a line or a story, a date, or a choice (options,
 * yes/no) as a radio group with a legend. Shown and hidden live by the model as the answers change.
 */

import type { Messages } from '@retainer/core';
import type { Language } from '@retainer/schema';
import { type IntakeQuestion, pickText } from '@retainer/schema';
import { ErrorMessage, errorText, inputId } from './fields.tsx';
import type { IntakeModel } from './model.ts';

type QuestionProps = { question: IntakeQuestion; model: IntakeModel; t: Messages; lang: Language };

const path = (question: IntakeQuestion) => `answers.${question.id}`;

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

function TextQuestion({ question, model, t, lang }: QuestionProps) {
  const id = inputId(path(question));
  const required = model.required.value.has(question.id);
  const error = errorText(t, model.errors.value[path(question)]);
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
      <ErrorMessage id={id} text={error} />
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

function ChoiceQuestion({ question, model, t, lang }: QuestionProps) {
  const id = inputId(path(question));
  const required = model.required.value.has(question.id);
  const error = errorText(t, model.errors.value[path(question)]);
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
      <ErrorMessage id={id} text={error} />
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
