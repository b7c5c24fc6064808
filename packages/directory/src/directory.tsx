/**
 * The lawyer directory: filters, a live count, the cards, the empty states, and the profile
 * dialog. Everything it does goes through the model.
 */
import { LoadFailed, Skeleton, usePaintStep, type WidgetContext } from '@retainer/core';
import type { PublicLawyer } from '@retainer/schema';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { DirectoryFilters } from './filters.tsx';
import { LawyerCard } from './lawyer-card.tsx';
import { createDirectoryModel } from './model.ts';
import { ProfileDialog } from './profile-dialog.tsx';

/** Cards rendered in the first frame (issue 18): the first row at the widest layout. */
const firstCards = 3;

export function DirectoryView({ context }: { context: WidgetContext }) {
  const model = useMemo(() => createDirectoryModel(context), [context]);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    void model.load();
  }, [model]);
  const openId = model.open.value?.id;
  useEffect(() => {
    // Back to the card the profile was opened from, once the page behind is no longer inert.
    if (openId === undefined && opener.current) {
      opener.current.focus();
      opener.current = null;
    }
  }, [openId]);

  const status = model.status.value;
  const t = model.t.value;
  // The cards after the first three are rendered a frame later (issue 18): building and laying out every card in one
  // task was a long task with the CPU slowed 4×. They appear below the first ones, in the space the loader reserved.
  const paintStep = usePaintStep(1, status === 'ready' && t !== undefined);
  if (status === 'loading' || !t) return <Skeleton />;
  if (status === 'failed') return <LoadFailed t={context.t} onRetry={() => void model.load()} />;

  const open = model.open.value;
  const visible = model.visible.value;
  const none = model.available.value.length === 0;
  const onOpen = (lawyer: PublicLawyer, from: HTMLElement) => {
    opener.current = from;
    model.openProfile(lawyer);
  };
  const onClose = () => model.closeProfile();

  return (
    <div class={`directory layout-${model.layout}`} part="directory" data-paint-step={paintStep}>
      <div class="content" inert={Boolean(open)}>
        <h2 class="visually-hidden">{t.title}</h2>
        {none ? (
          <p class="notice empty" part="empty">
            {t.noLawyers}
          </p>
        ) : (
          <>
            <DirectoryFilters model={model} context={context} />
            <p class="count hint" aria-live="polite">
              {t.count(visible.length)}
            </p>
            {visible.length === 0 ? (
              <div class="notice empty" part="empty">
                <p>{t.noMatch}</p>
                <button type="button" class="button secondary" onClick={model.clearFilters}>
                  {t.clear}
                </button>
              </div>
            ) : (
              <ul class="cards" part="cards">
                {(paintStep === 0 ? visible.slice(0, firstCards) : visible).map((lawyer) => (
                  <LawyerCard
                    key={lawyer.id}
                    lawyer={lawyer}
                    context={context}
                    t={t}
                    layout={model.layout}
                    onOpen={onOpen}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {open && <ProfileDialog lawyer={open} model={model} context={context} onClose={onClose} />}
    </div>
  );
}
