/**
 * The one-time code field: digits keyboard on phones, the browser's one-time-code autofill, and
 * spaces allowed (apps show "123 456"); the collector drops them too.
 */
import type { Signal } from '@preact/signals';
import { Field } from '../../ui/field.tsx';

type Props = { label: string; hint?: string; value: Signal<string>; error?: string | undefined; autoFocus?: boolean };

export function CodeInput({ label, hint, value, error, autoFocus }: Props) {
  return (
    <Field label={label} hint={hint} error={error} required>
      {(ids) => (
        <input
          {...ids}
          class="code-input"
          type="text"
          name="one-time-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          data-autofocus={autoFocus ? true : undefined}
          value={value.value}
          onInput={(event) => {
            value.value = event.currentTarget.value;
          }}
        />
      )}
    </Field>
  );
}

/** Six digits once spaces are gone: the check before anything is sent. */
export const isTotpCode = (text: string) => /^\d{6}$/.test(text.replace(/\s/g, ''));
