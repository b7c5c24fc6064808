/**
 * What the visitor sees around the form: the error summary, the offline and
 * failure notices, and the confirmation with the reference number.
 */
import { SupportReference } from '@retainer/core';
import type { IntakeReceipt, PublicSiteConfig } from '@retainer/schema';
import { useEffect, useRef } from 'preact/hooks';
import { errorText, inputId } from './fields.tsx';
import type { IntakeText } from './messages/load-messages.ts';

/** Moves focus to the element once it appears: confirmations and failures must not go unnoticed. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** "Full name: This field is required." — but "What happened? This field…", and the disclaimer's message alone. */
function summaryLine(label: string | undefined, message: string | undefined) {
  if (!label) return message;
  return /[?？:：]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;
}

export function ErrorSummary({
  errors,
  labels,
  t,
}: {
  errors: Record<string, string>;
  labels: Record<string, string>;
  t: IntakeText;
}) {
  const paths = Object.keys(errors);
  return (
    <div class="summary" part="error-summary">
      <h3>{t.errorSummary(paths.length)}</h3>
      <ul>
        {paths.map((path) => (
          <li key={path}>
            <a
              href={`#${inputId(path)}`}
              onClick={(event) => {
                // In a shadow root the page's #fragment navigation cannot reach the input: focus it ourselves.
                event.preventDefault();
                const root = event.currentTarget.getRootNode() as ShadowRoot;
                root.getElementById(inputId(path))?.focus();
              }}
            >
              {summaryLine(labels[path] ?? labels[path.split('.')[0] ?? path], errorText(t, errors[path], path))}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Confirmation({ receipt, site, t }: { receipt: IntakeReceipt; site: PublicSiteConfig; t: IntakeText }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class="confirmation" part="confirmation" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title" tabindex={-1} ref={heading}>
        {t.intake.sentTitle}
      </h2>
      <p>
        {t.intake.reference}: <strong class="reference">{receipt.reference}</strong>
      </p>
      <p>{t.intake.expect(t.within(receipt.responseTarget ?? site.intake.responseTarget))}</p>
    </section>
  );
}

export function ContactOptions({ site, t }: { site: PublicSiteConfig; t: IntakeText }) {
  const { phone, email } = site.contact;
  return (
    <>
      {phone && (
        <p>
          {t.intake.callUs} <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
        </p>
      )}
      {email && (
        <p>
          {t.intake.emailUs} <a href={`mailto:${email}`}>{email}</a>
        </p>
      )}
    </>
  );
}

/** Not sent: why (`body`; a rate limit says when to try again), how else to reach the firm, and a retry. */
export function FailureNotice({
  site,
  t,
  onRetry,
  title = t.intake.failedTitle,
  body = t.intake.failedBody,
  requestId,
}: {
  site: PublicSiteConfig;
  t: IntakeText;
  onRetry: () => void;
  title?: string;
  body?: string;
  requestId?: string | undefined;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div class="notice failure" part="failure">
      <h3 tabindex={-1} ref={heading}>
        {title}
      </h3>
      <p>{body}</p>
      <ContactOptions site={site} t={t} />
      <SupportReference t={t} id={requestId} />
      <p>
        <button type="button" class="button" onClick={onRetry}>
          {t.tryAgain}
        </button>
      </p>
    </div>
  );
}
