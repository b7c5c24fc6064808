/**
 * A screen's heading (the target of the skip link and of focus after navigation) with the
 * screen's main actions beside it. Also sets the document title.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useDashboard } from '../app-context.ts';

type PageHeaderProps = { title: string; description?: ComponentChildren; actions?: ComponentChildren };

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  // Arrivals the user has not seen yet (issue 15) show first, as in a mail client: "(2) Intake inbox · Retainer".
  const unseen = useDashboard().live.unseen.value;
  useEffect(() => {
    document.title = `${unseen > 0 ? `(${unseen}) ` : ''}${title} · Retainer`;
  }, [title, unseen]);
  return (
    <div class="page-header">
      <div>
        <h1 tabIndex={-1} class="page-title">
          {title}
        </h1>
        {description && <p class="page-description">{description}</p>}
      </div>
      {actions && <div class="page-actions">{actions}</div>}
    </div>
  );
}
