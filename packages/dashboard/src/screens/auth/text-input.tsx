/** A required text input bound to a signal: the shape every auth form field has. */
import type { Signal } from '@preact/signals';
import { TextField } from '../../ui/text-field.tsx';

type TextInputProps = {
  label: string;
  value: Signal<string>;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete: string;
  name: string;
};

export function TextInput({ value, ...field }: TextInputProps) {
  return (
    <TextField
      {...field}
      value={value.value}
      onInput={(text) => {
        value.value = text;
      }}
      required
    />
  );
}
