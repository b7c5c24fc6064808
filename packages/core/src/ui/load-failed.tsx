/** What a widget shows when its site config cannot load: what happened and a way to try again. */
import type { Messages } from '../i18n/load-messages.ts';
import { SupportReference } from './support-reference.tsx';

export function LoadFailed({
  t,
  onRetry,
  requestId,
}: {
  t: Messages;
  onRetry: () => void;
  /** The failed answer's request id, for support (issue 19). */
  requestId?: string | undefined;
}) {
  return (
    <div class="notice" role="alert" part="load-failed">
      <p>
        <strong>{t.loadFailed}</strong> {t.loadFailedHint}
      </p>
      <SupportReference t={t} id={requestId} />
      <p>
        <button type="button" class="button secondary" onClick={onRetry}>
          {t.tryAgain}
        </button>
      </p>
    </div>
  );
}
