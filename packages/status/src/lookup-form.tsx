/**
 * The reference + access code form. The code is typed, never taken from a URL; errors say which of
 * wrong details, locked or too many attempts happened (and how long to wait).
 */
import { useRef, useState } from 'preact/hooks';
import type { StatusModel } from './model.ts';

export function LookupForm({
  model,
  phone,
  referencePrefix,
}: {
  model: StatusModel;
  phone?: string | undefined;
  /** The site's own prefix, so the example looks like this firm's references (issue 14, defect 11). */
  referencePrefix: string;
}) {
  const t = model.t.value!;
  const [missing, setMissing] = useState<{ reference?: boolean; code?: boolean }>({});
  const reference = useRef<HTMLInputElement>(null);
  const code = useRef<HTMLInputElement>(null);
  const error = model.error.value;
  const busy = model.busy.value;

  const submit = (event: Event) => {
    event.preventDefault();
    const values = { reference: reference.current?.value.trim() ?? '', code: code.current?.value.trim() ?? '' };
    const gaps = { reference: !values.reference, code: !values.code };
    setMissing(gaps);
    if (gaps.reference) return reference.current?.focus();
    if (gaps.code) return code.current?.focus();
    void model.lookup(values.reference, values.code);
  };

  const message =
    error &&
    (error.kind === 'tooMany'
      ? t.tooMany(error.minutes ?? 1)
      : error.kind === 'locked' && phone
        ? `${t.locked} ${phone}`
        : t[error.kind]);

  return (
    <form class="lookup" onSubmit={submit} noValidate part="lookup">
      <h2 tabIndex={-1}>{t.title}</h2>
      <p>{t.intro}</p>
      <div class="field">
        <label for="s-reference">{t.reference}</label>
        <input
          ref={reference}
          id="s-reference"
          class="input"
          name="reference"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby="s-reference-hint"
          aria-invalid={missing.reference ? 'true' : undefined}
          aria-required="true"
        />
        <p id="s-reference-hint" class="hint">
          {missing.reference ? <span class="error">{t.required} </span> : null}
          {t.referenceHint(`${referencePrefix}-7K3M-Q9TD`)}
        </p>
      </div>
      <div class="field">
        <label for="s-code">{t.code}</label>
        <input
          ref={code}
          id="s-code"
          class="input code"
          name="access-code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby="s-code-hint"
          aria-invalid={missing.code ? 'true' : undefined}
          aria-required="true"
        />
        <p id="s-code-hint" class="hint">
          {missing.code ? <span class="error">{t.required} </span> : null}
          {t.codeHint}
        </p>
      </div>
      <p class="error" role="alert">
        {message}
      </p>
      <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
        {busy ? t.checking : t.show}
      </button>
    </form>
  );
}
