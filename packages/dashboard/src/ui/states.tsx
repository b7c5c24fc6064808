/** Loading and empty states, the same on every screen. */
import type { ComponentChildren } from 'preact';
import { useMessages } from '../app-context.ts';

export function Loading({ label }: { label?: string }) {
  const t = useMessages();
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {label ?? t.common.loading}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty-state">
      <p class="empty-title">{title}</p>
      {children && <div class="empty-body">{children}</div>}
    </div>
  );
}
