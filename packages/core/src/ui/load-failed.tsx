/** What a widget shows when its site config cannot load: what happened and a way to try again. */
import type { Messages } from '../i18n/load-messages.ts';

export function LoadFailed({ t, onRetry }: { t: Messages; onRetry: () => void }) {
  return (
    <div class="notice" role="alert" part="load-failed">
      <p>
        <strong>{t.loadFailed}</strong> {t.loadFailedHint}
      </p>
      <p>
        <button type="button" class="button secondary" onClick={onRetry}>
          {t.tryAgain}
        </button>
      </p>
    </div>
  );
}
