/**
 * One polite live region for the whole app: async results ("Saved", "Copied", "3 intakes")
 * are spoken by screen readers without moving focus.
 *
 * @example
 *   announcer.announce('Marked contacted');
 */
import { signal } from '@preact/signals';

export function createAnnouncer() {
  const message = signal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  function announce(text: string) {
    // Clearing first makes screen readers speak the same text twice in a row ("Copied", "Copied").
    message.value = '';
    clearTimeout(timer);
    timer = setTimeout(() => {
      message.value = text;
    }, 30);
  }
  return { message, announce };
}

export type Announcer = ReturnType<typeof createAnnouncer>;
