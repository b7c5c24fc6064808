/**
 * A text input or textarea inside a `Field`: the one text control the dashboard's forms share.
 *
 * @example
 *   <TextField id="site-name" label="Name" value={name} onInput={setName} error={message} required />
 */
import type { Language } from '@retainer/schema';
import { Field } from './field.tsx';

export type TextFieldProps = {
  id?: string | undefined;
  name?: string | undefined;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'time' | 'number' | 'date';
  rows?: number | undefined;
  /** The language the text is written in, so screen readers pronounce it right. */
  lang?: Language | undefined;
  class?: string | undefined;
  autoComplete?: string | undefined;
  inputMode?: 'numeric' | 'text' | undefined;
  min?: number | undefined;
  max?: number | undefined;
};

export function TextField(props: TextFieldProps) {
  const onInput = (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value);
  return (
    <Field
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
      class={props.class}
    >
      {(ids) =>
        props.rows ? (
          <textarea
            {...ids}
            name={props.name}
            value={props.value}
            lang={props.lang}
            required={props.required}
            rows={props.rows}
            onInput={onInput}
          />
        ) : (
          <input
            {...ids}
            name={props.name}
            value={props.value}
            lang={props.lang}
            required={props.required}
            type={props.type ?? 'text'}
            inputMode={props.inputMode}
            autoComplete={props.autoComplete ?? 'off'}
            min={props.min}
            max={props.max}
            onInput={onInput}
          />
        )
      }
    </Field>
  );
}
