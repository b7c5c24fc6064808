/**
 * The list of problems at the top of a long form, each a link to its field (GOV.UK pattern).
 * It takes focus when it appears, so keyboard and screen reader users hear it first.
 * Other forms pass their own path → control id and path → label mappings (the site form's are the default).
 */
import { useEffect, useRef } from 'preact/hooks';
import { useMessages } from '../../app-context.ts';
import type { Messages } from '../../i18n/i18n.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import { controlId as siteControlId, labelForPath as siteLabelForPath } from './site-field-ids.ts';

type ErrorSummaryProps = {
  errors: Record<string, string>;
  attempt: number;
  controlId?: (path: string) => string;
  labelForPath?: (path: string, t: Messages) => string;
};

export function ErrorSummary({
  errors,
  attempt,
  controlId = siteControlId,
  labelForPath = siteLabelForPath,
}: ErrorSummaryProps) {
  const t = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (attempt > 0 && entries.length > 0) ref.current?.focus();
  }, [attempt]);
  if (entries.length === 0) return null;

  const jump = (event: MouseEvent, path: string) => {
    event.preventDefault();
    const target = document.getElementById(controlId(path));
    const control = target?.matches('input, select, textarea')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea');
    (control ?? target)?.focus();
  };

  return (
    <div
      class="alert alert-error error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" class="alert-title">
        {t.sites.fixErrors(entries.length)}
      </h2>
      <ul>
        {entries.map(([path, code]) => (
          <li key={path}>
            <a href={`#${controlId(path)}`} onClick={(event) => jump(event, path)}>
              {labelForPath(path, t)}: {fieldErrorMessage(code, t)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
