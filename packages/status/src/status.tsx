/**
 * The status tracker: the lookup form until the code is right, then the matter. Focus follows the
 * change of screen (the new heading), so keyboard and screen-reader users land where the content is.
 */
import { Skeleton, type WidgetContext } from '@retainer/core';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { LookupForm } from './lookup-form.tsx';
import { MatterPanel } from './matter-panel.tsx';
import { createStatusModel } from './model.ts';

export function StatusView({ context }: { context: WidgetContext }) {
  const model = useMemo(() => createStatusModel(context), [context]);
  const root = useRef<HTMLDivElement>(null);
  const matter = model.matter.value;
  const showing = matter ? 'matter' : 'form';
  const first = useRef(true);
  useEffect(() => {
    void model.load();
    return () => model.signOut();
  }, [model]);
  useEffect(() => {
    // Not on first render: the page must not jump to the widget by itself.
    if (first.current) {
      first.current = false;
      return;
    }
    root.current?.querySelector<HTMLElement>(showing === 'matter' ? 'h2' : model.error.value ? 'input' : 'h2')?.focus();
  }, [showing]);

  if (!model.t.value) return <Skeleton />;
  return (
    <div class="status" ref={root} part="status">
      {matter ? (
        <MatterPanel model={model} context={context} matter={matter} />
      ) : (
        <LookupForm model={model} phone={context.site.contact.phone} referencePrefix={context.site.referencePrefix} />
      )}
    </div>
  );
}
