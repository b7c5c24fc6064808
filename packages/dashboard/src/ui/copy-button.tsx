/** A button that copies text and says so, on the button and to screen readers. */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useDashboard, useMessages } from '../app-context.ts';
import { copyText } from './copy-text.ts';

/** `caption`: the visible text while idle, when several copy buttons sit side by side (default "Copy"). */
type CopyButtonProps = { text: string; label: string; caption?: string };

export function CopyButton({ text, label, caption }: CopyButtonProps) {
  const t = useMessages();
  const { announcer } = useDashboard();
  const state = useSignal<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state.value === 'idle') return;
    const timer = setTimeout(() => {
      state.value = 'idle';
    }, 2500);
    return () => clearTimeout(timer);
  }, [state.value]);

  const onClick = async () => {
    const copied = await copyText(text);
    state.value = copied ? 'copied' : 'failed';
    announcer.announce(copied ? t.common.copied : t.common.copyFailed);
  };
  return (
    <button type="button" class="button button-secondary" onClick={onClick} aria-label={label}>
      {state.value === 'copied'
        ? t.common.copied
        : state.value === 'failed'
          ? t.common.copyFailed
          : (caption ?? t.common.copy)}
    </button>
  );
}
