/** Renders the announcer's message in a polite live region (present from the start, so it is heard). */
import { useDashboard } from '../app-context.ts';

export function LiveRegion() {
  const { announcer } = useDashboard();
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcer.message.value}
    </div>
  );
}
