/**
 * A modal dialog on the native `<dialog>`: `showModal()` makes the page behind it inert, Escape
 * closes it, Tab cycles inside it, and focus goes back to what opened it.
 *
 * @example
 *   <Dialog open={open.value} title="Decline intake" onClose={() => (open.value = false)}>…</Dialog>
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useMessages } from '../app-context.ts';

type DialogProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  /** A short explanation read with the title when the dialog opens. */
  description?: ComponentChildren;
};

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ open, title, onClose, children, description }: DialogProps) {
  const t = useMessages();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(focusable);
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    // showModal already makes the page inert; wrapping keeps Tab from leaving for the browser's toolbar.
    const items = [...ref.current.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="button-icon" onClick={onClose} aria-label={t.common.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {description && (
        <div class="dialog-description" id={descriptionId}>
          {description}
        </div>
      )}
      {children}
    </dialog>
  );
}
