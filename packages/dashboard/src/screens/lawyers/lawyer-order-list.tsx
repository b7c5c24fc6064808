/**
 * The site's lawyers in display order. Reorder by dragging a row, or from the keyboard with each
 * row's Move up / Move down buttons: focus stays on the button and the live region says where the
 * lawyer landed. Every move sends the complete new order.
 */
import { useSignal } from '@preact/signals';
import type { AdminLawyer } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDate, startOfDay } from '../../format/date.ts';
import type { LawyersModel } from './lawyers-model.ts';

type LawyerOrderListProps = { model: LawyersModel; lawyers: AdminLawyer[]; onEdit: (lawyer: AdminLawyer) => void };

export function LawyerOrderList({ model, lawyers, onEdit }: LawyerOrderListProps) {
  const t = useMessages();
  const { announcer, i18n } = useDashboard();
  const dragging = useSignal<string | null>(null);
  const over = useSignal<number | null>(null);
  const total = lawyers.length;

  const moved = (lawyer: AdminLawyer, result: { position: number; total: number } | null) => {
    announcer.announce(result ? t.lawyers.moved(lawyer.name, result.position, result.total) : t.lawyers.orderFailed);
  };
  const moveBy = async (lawyer: AdminLawyer, delta: -1 | 1) => {
    const index = lawyers.findIndex((l) => l.id === lawyer.id);
    if (index + delta < 0 || index + delta >= total) return;
    const buttonId = `lawyer-move-${delta < 0 ? 'up' : 'down'}-${lawyer.id}`;
    const result = model.move(lawyer.id, delta);
    // The row moved in the DOM; keep focus on the button that moved it so the next press continues.
    requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
    moved(lawyer, await result);
  };
  const drop = async (index: number) => {
    const lawyer = lawyers.find((l) => l.id === dragging.value);
    dragging.value = null;
    over.value = null;
    if (lawyer) moved(lawyer, await model.moveTo(lawyer.id, index));
  };

  return (
    <ol class="lawyer-order">
      {lawyers.map((lawyer, index) => {
        const verified = startOfDay(lawyer.lastVerified);
        const classes = ['lawyer-row'];
        if (dragging.value === lawyer.id) classes.push('lawyer-row-dragging');
        if (over.value === index && dragging.value !== lawyer.id) classes.push('lawyer-row-over');
        if (lawyer.status === 'departed') classes.push('lawyer-row-departed');
        return (
          <li
            key={lawyer.id}
            class={classes.join(' ')}
            draggable
            onDragStart={(event) => {
              dragging.value = lawyer.id;
              event.dataTransfer?.setData('text/plain', lawyer.id);
              if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(event) => {
              event.preventDefault();
              over.value = index;
            }}
            onDrop={(event) => {
              event.preventDefault();
              drop(index);
            }}
            onDragEnd={() => {
              dragging.value = null;
              over.value = null;
            }}
          >
            <span class="drag-handle" aria-hidden="true">
              ⠿
            </span>
            <span class="lawyer-row-position">
              <span class="visually-hidden">{t.lawyers.position(index + 1, total)}</span>
              <span aria-hidden="true">{index + 1}</span>
            </span>
            <div class="lawyer-row-main">
              <p class="lawyer-row-name">
                {lawyer.name}{' '}
                <span class={`badge badge-lawyer-${lawyer.status}`}>{t.lawyers.status[lawyer.status]}</span>
              </p>
              <p class="lawyer-row-meta">
                {lawyer.title}
                {verified !== undefined && ` · ${t.lawyers.verified(formatDate(verified, i18n.lang.value))}`}
              </p>
            </div>
            <div class="lawyer-row-actions">
              <button
                type="button"
                id={`lawyer-move-up-${lawyer.id}`}
                class="button button-quiet button-small button-icon"
                aria-label={t.lawyers.moveUp(lawyer.name)}
                aria-disabled={index === 0 ? 'true' : undefined}
                onClick={() => moveBy(lawyer, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                id={`lawyer-move-down-${lawyer.id}`}
                class="button button-quiet button-small button-icon"
                aria-label={t.lawyers.moveDown(lawyer.name)}
                aria-disabled={index === total - 1 ? 'true' : undefined}
                onClick={() => moveBy(lawyer, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                type="button"
                class="button button-secondary button-small"
                aria-label={t.lawyers.edit(lawyer.name)}
                onClick={() => onEdit(lawyer)}
              >
                {t.lawyers.editShort}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
