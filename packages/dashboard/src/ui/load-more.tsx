/**
 * The next page of a cursor-paged list ("Show older entries"): shown only while there is a cursor, disabled while a
 * page loads. The outbox, the access log and a webhook's delivery log page the same way.
 *
 * @example
 *   <LoadMore cursor={next.value} busy={loading.value} label={m.loadMore} onMore={(cursor) => load(cursor)} />
 */
export function LoadMore({
  cursor,
  busy,
  label,
  onMore,
  footerClass = 'outbox-more',
}: {
  cursor: string | null | undefined;
  busy: boolean;
  label: string;
  onMore: (cursor: string) => void;
  footerClass?: string;
}) {
  if (!cursor) return null;
  return (
    <div class={footerClass}>
      <button type="button" class="button button-secondary" disabled={busy} onClick={() => onMore(cursor)}>
        {label}
      </button>
    </div>
  );
}
