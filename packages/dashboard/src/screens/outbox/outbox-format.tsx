/** How the Outbox words a message: its recipient (short for staff), why it exists, and its delivery state. */
import type { OutboxItem } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatShortDateTime } from '../../format/date.ts';
import type { Messages } from '../../i18n/i18n.ts';

/** Admins see the address; staff see enough to tell messages apart (`m•••@example.com`). */
export function recipientLabel(to: string, isAdmin: boolean, t: Messages): string {
  if (isAdmin || !to) return to || t.reach.message.none;
  const at = to.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${to.slice(0, 1)}•••${to.slice(at)}`;
}

/** "A new intake arrived · Staff alert": the causing event in words, and which email it is. */
export function reasonLabel(item: Pick<OutboxItem, 'reason' | 'template'>, t: Messages): string {
  const m = t.reach.outbox;
  const reason = m.reasons[item.reason] ?? m.otherReason(item.reason);
  const template = m.templates[item.template];
  return template ? `${reason} · ${template}` : reason;
}

const badgeClass: Record<OutboxItem['state'], string> = {
  queued: 'badge badge-muted',
  sending: 'badge badge-muted',
  sent: 'badge badge-retained',
  retrying: 'badge badge-overdue',
  failed: 'badge badge-declined',
  held: 'badge badge-new',
};

/** The state as a word (never colour alone), the attempts, and for retries when and why. */
export function OutboxStateCell({ item }: { item: OutboxItem }) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const m = t.reach.outbox;
  const lang = i18n.lang.value;
  return (
    <div class="outbox-state">
      <span class={badgeClass[item.state]}>{m.states[item.state]}</span>
      {item.attempts > 0 && <span class="cell-sub">{m.attempts(item.attempts)}</span>}
      {item.state === 'retrying' && item.nextAttemptAt !== null && (
        <span class="cell-sub">{m.nextAttempt(formatShortDateTime(item.nextAttemptAt, lang))}</span>
      )}
      {item.state === 'sent' && item.sentAt !== null && (
        <span class="cell-sub">{m.sentAt(formatShortDateTime(item.sentAt, lang))}</span>
      )}
      {/* Held messages are explained once, in the banner above the list. */}
      {item.lastError && (item.state === 'retrying' || item.state === 'failed') && (
        <span class="cell-sub outbox-error">
          <span class="visually-hidden">{m.lastError}: </span>
          {item.lastError}
        </span>
      )}
    </div>
  );
}
