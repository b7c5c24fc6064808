/**
 * A labelled form control with its hint and error tied to it by `aria-describedby`,
 * and `aria-invalid` when the error shows.
 *
 * @example
 *   <Field label="Email" error={errors.email}>{(ids) => <input {...ids} type="email" />}</Field>
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export type ControlIds = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

type FieldProps = {
  /** A stable id, when an error summary links to the control; generated otherwise. */
  id?: string | undefined;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  required?: boolean;
  class?: string;
  children: (ids: ControlIds) => ComponentChildren;
};

export function Field({ id: givenId, label, hint, error, required, class: className, children }: FieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const ids: ControlIds = { id };
  if (describedBy) ids['aria-describedby'] = describedBy;
  if (error) ids['aria-invalid'] = true;
  return (
    <div class={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id}>
        {label}
        {required && (
          <span class="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children(ids)}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
