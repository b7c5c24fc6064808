/** One text control of the lawyer form, wired to its error by path and given a stable id for the error summary. */
import type { Language } from '@retainer/schema';
import { useMessages } from '../../app-context.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import type { LawyerEditorModel } from './lawyer-editor-model.ts';
import { controlId, errorAt } from './lawyer-field-ids.ts';

type LawyerTextFieldProps = {
  editor: LawyerEditorModel;
  path: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'number' | 'date';
  rows?: number;
  /** The language the text is written in, so screen readers pronounce it right. */
  lang?: Language;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
};

export function LawyerTextField(props: LawyerTextFieldProps) {
  const t = useMessages();
  const id = controlId(props.path);
  const code = errorAt(props.editor.errors.value, props.path);
  const error = code ? fieldErrorMessage(code, t) : undefined;
  const describedBy =
    [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value: props.value,
    lang: props.lang,
    required: props.required,
    'aria-describedby': describedBy,
    'aria-invalid': error ? (true as const) : undefined,
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>
        {props.label}
        {props.required && (
          <span class="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {props.hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.rows ? (
        <textarea {...shared} rows={props.rows} />
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
        />
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
