/** The frame around every widget's view: the skeleton while loading, the failure notice, or the view itself. */
import type { Signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { Messages } from '../i18n/load-messages.ts';
import { LoadFailed } from '../ui/load-failed.tsx';
import { Skeleton } from '../ui/skeleton.tsx';

export type LoadState<Context> =
  | { status: 'loading' }
  | { status: 'ready'; context: Context }
  | { status: 'failed'; t: Messages; retry: () => void; requestId?: string | undefined };

type ShellProps<Context> = {
  state: Signal<LoadState<Context>>;
  View: ComponentType<{ context: Context }>;
  /** Called once the view or the failure notice is in the DOM, before paint. */
  onContent: (status: 'ready' | 'failed') => void;
};

export function Shell<Context>({ state, View, onContent }: ShellProps<Context>) {
  const current = state.value;
  useLayoutEffect(() => {
    if (current.status !== 'loading') onContent(current.status);
  }, [current.status, onContent]);
  if (current.status === 'loading') return <Skeleton />;
  if (current.status === 'failed') {
    return <LoadFailed t={current.t} onRetry={current.retry} requestId={current.requestId} />;
  }
  return <View context={current.context} />;
}
