/**
 * The FAQ bot's view. Floating (the loader's bubble host, `floating` attribute): the bubble opens and
 * closes a chat dialog — a corner card on wide screens, a full-screen sheet on phones — with a focus
 * trap; Escape or × closes it and returns focus to the bubble. Inline (`<retainer-faq>`): the chat
 * as a region of the page. It never opens by itself: the chunk is only loaded when the visitor opens it.
 */
import { LoadFailed, Skeleton, styleSheet, trapFocus, type WidgetContext } from '@retainer/core';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { ChatPanel } from './chat-panel.tsx';
import { createFaqModel, type FaqModel } from './model.ts';

/** What `Retainer('open', 'faq')` calls, per host (set while the view is mounted). */
export const openers = new WeakMap<HTMLElement, () => void>();

export function FaqView({ context }: { context: WidgetContext }) {
  const model = useMemo(() => createFaqModel(context), [context]);
  const floating = context.host.hasAttribute('floating');
  useEffect(() => {
    void model.load();
  }, [model]);
  return floating ? <FloatingChat model={model} context={context} /> : <InlineChat model={model} context={context} />;
}

function InlineChat({ model, context }: { model: FaqModel; context: WidgetContext }) {
  useEffect(() => {
    const open = () => {
      model.open();
      context.host.shadowRoot?.querySelector<HTMLInputElement>('#faq-question')?.focus();
    };
    openers.set(context.host, open);
    return () => openers.delete(context.host);
  }, [model, context]);
  const status = model.status.value;
  if (status === 'loading') return <Skeleton />;
  if (status === 'failed') return <LoadFailed t={context.t} onRetry={() => void model.load()} />;
  return (
    <div class="faq inline" part="faq" onFocusCapture={model.open}>
      <ChatPanel model={model} lang={context.lang} dialog={false} />
    </div>
  );
}

function FloatingChat({ model, context }: { model: FaqModel; context: WidgetContext }) {
  const { host } = context;
  const sheet = useRef<HTMLDivElement>(null);
  const bubble = useMemo(() => host.shadowRoot?.querySelector<HTMLButtonElement>('.bubble') ?? null, [host]);
  const isOpen = model.isOpen.value;
  const status = model.status.value;

  useLayoutEffect(() => {
    // A z-index from `data-z-index` (the loader copied it onto the host) outlives the loader's own sheet.
    const z = host.getAttribute('z-index');
    const shadow = host.shadowRoot;
    if (z && shadow)
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, styleSheet(`:host([floating]){z-index:${z}}`)];
  }, [host]);

  useEffect(() => {
    // Mounted because the visitor pressed the bubble or the page called Retainer('open', 'faq').
    model.open();
    bubble?.removeAttribute('aria-busy');
    const toggle = () => (model.isOpen.value ? model.close() : model.open());
    bubble?.addEventListener('click', toggle);
    openers.set(host, model.open);
    return () => {
      bubble?.removeEventListener('click', toggle);
      openers.delete(host);
    };
  }, [model, bubble, host]);

  const wasOpen = useRef(false);
  useEffect(() => {
    bubble?.setAttribute('aria-expanded', String(isOpen));
    if (model.t.value) bubble?.setAttribute('aria-label', model.t.value.open);
    // Closed (Escape, ×, the bubble, or a handoff on this page): focus goes back where the visitor opened it.
    if (!isOpen && wasOpen.current) bubble?.focus();
    wasOpen.current = isOpen;
    const el = sheet.current;
    if (!isOpen || !el) return;
    el.querySelector<HTMLInputElement>('#faq-question')?.focus();
    return trapFocus(el, model.close);
  }, [isOpen, status, bubble, model]);

  if (!isOpen) return null;
  return (
    <div class="sheet" ref={sheet}>
      {status === 'loading' && <Skeleton />}
      {status === 'failed' && <LoadFailed t={context.t} onRetry={() => void model.load()} />}
      {status === 'ready' && <ChatPanel model={model} lang={context.lang} dialog onClose={model.close} />}
    </div>
  );
}
