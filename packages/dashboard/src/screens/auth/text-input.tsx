/** A labelled text input bound to a signal: the shape every auth form field has. */
import type { Signal } from '@preact/signals';
import { Field } from '../../ui/field.tsx';

type TextInputProps = {
  label: string;
  value: Signal<string>;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete: string;
  name: string;
};

export function TextInput({ label, value, error, hint, type = 'text', autoComplete, name }: TextInputProps) {
  return (
    <Field label={label} error={error} hint={hint} required>
      {(ids) => (
        <input
          {...ids}
          type={type}
          name={name}
          autoComplete={autoComplete}
          required
          value={value.value}
          onInput={(e) => {
            value.value = e.currentTarget.value;
          }}
        />
      )}
    </Field>
  );
}
