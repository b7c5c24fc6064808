/**
 * Keeps Tab inside an open dialog and closes it on Escape; returns the cleanup. The one trap the FAQ chat, the
 * directory's profile and the survey dialog share (issue 18). Works inside a shadow root, where
 * `document.activeElement` is the host, not the focused element.
 *
 * @example
 *   useEffect(() => trapFocus(dialog.current!, onClose), [onClose]);
 */
const focusable = ':is(a[href],button,input,select,textarea,[tabindex]):not([disabled],[tabindex="-1"])';

/** `a` comes after `b` in the document (4: `Node.DOCUMENT_POSITION_FOLLOWING`, a name minifiers cannot shorten). */
const after = (a: Node, b: Node) => (b.compareDocumentPosition(a) & 4) > 0;

export function trapFocus(container: HTMLElement, onEscape: () => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = container.querySelectorAll<HTMLElement>(focusable);
    const first = items[0];
    const last = items[items.length - 1];
    const active = (container.getRootNode() as ShadowRoot | Document).activeElement;
    if (!first || !last || !active) return;
    // Wraps from the first item, or from what comes before it (a title focused on open), and from the last.
    const target = event.shiftKey ? !after(active, first) && last : !after(last, active) && first;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  container.addEventListener('keydown', onKeyDown);
  return () => container.removeEventListener('keydown', onKeyDown);
}
