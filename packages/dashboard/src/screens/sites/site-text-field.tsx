/** One text control of the site form, wired to its error by path and given a stable id for the summary. */
import type { Language } from '@retainer/schema';
import { useMessages } from '../../app-context.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import type { SiteEditorModel } from './site-editor-model.ts';
import { controlId, errorAt } from './site-field-ids.ts';

type SiteTextFieldProps = {
  editor: SiteEditorModel;
  path: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'time' | 'number';
  rows?: number;
  /** The language the text is written in, so screen readers pronounce it right. */
  lang?: Language;
  class?: string;
  autoComplete?: string;
  min?: number;
  max?: number;
};

export function SiteTextField(props: SiteTextFieldProps) {
  const t = useMessages();
  const id = controlId(props.path);
  const found = errorAt(props.editor.errors.value, props.path);
  const error = found ? fieldErrorMessage(found.code, t) : undefined;
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
    <div class={`field${error ? ' field-invalid' : ''}${props.class ? ` ${props.class}` : ''}`}>
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
          autoComplete={props.autoComplete ?? 'off'}
          min={props.min}
          max={props.max}
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
