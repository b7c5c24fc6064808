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

type NewPasswordFieldsProps = {
  label: string;
  hint: string;
  confirmLabel: string;
  password: Signal<string>;
  confirm: Signal<string>;
  error: (field: 'password' | 'confirm') => string | undefined;
};

/** A new password and its confirmation: set-up, accepting an invitation and a reset all ask the same way. */
export function NewPasswordFields({ label, hint, confirmLabel, password, confirm, error }: NewPasswordFieldsProps) {
  return (
    <>
      <TextInput
        label={label}
        name="new-password"
        type="password"
        autoComplete="new-password"
        hint={hint}
        value={password}
        error={error('password')}
      />
      <TextInput
        label={confirmLabel}
        name="confirm-password"
        type="password"
        autoComplete="new-password"
        value={confirm}
        error={error('confirm')}
      />
    </>
  );
}
