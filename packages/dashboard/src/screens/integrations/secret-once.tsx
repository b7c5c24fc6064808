/**
 * A secret shown once (an API key, a webhook signing secret): read-only field, copy button, the warning that
 * it will not be shown again, and a button that puts it away. Focus moves to the field when it appears.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import { CopyButton } from '../../ui/copy-button.tsx';

type SecretOnceProps = {
  label: string;
  warning: string;
  secret: string;
  copyLabel: string;
  doneLabel: string;
  onDone: () => void;
};

export function SecretOnce({ label, warning, secret, copyLabel, doneLabel, onDone }: SecretOnceProps) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
  }, [secret]);
  return (
    <div class="secret-once alert alert-warning">
      <label for={id} class="alert-title">
        {label}
      </label>
      <p id={`${id}-warning`}>{warning}</p>
      <div class="copy-row">
        <input
          ref={field}
          id={id}
          class="mono"
          readOnly
          value={secret}
          aria-describedby={`${id}-warning`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={secret} label={copyLabel} />
      </div>
      <div class="form-actions">
        <button type="button" class="button button-secondary" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </div>
  );
}
