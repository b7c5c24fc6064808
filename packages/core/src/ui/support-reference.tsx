/**
 * The id of the request that failed, under an error: small, selectable text a visitor can quote or
 * screenshot, which the firm matches to the collector's log line (issue 19). Nothing without an id.
 *
 * @example
 *   <SupportReference t={context.t} id={failure.requestId} />
 */
import type { Messages } from '../i18n/load-messages.ts';

export function SupportReference({ t, id }: { t: Messages; id: string | undefined }) {
  if (!id) return null;
  return (
    <p class="reference" part="reference">
      {t.supportReference} <code>{id}</code>
    </p>
  );
}
