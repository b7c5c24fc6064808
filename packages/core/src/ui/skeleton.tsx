/** Grey placeholder bars shown while a widget loads; the host keeps the space the loader reserved. */
export function Skeleton() {
  return (
    <div class="skeleton" aria-hidden="true" part="skeleton">
      <span />
      <span />
      <span />
      <span />
      <span />
      <span />
    </div>
  );
}
