/**
 * An `<a>` that moves within the dashboard without a page load, while staying a normal link
 * for middle-click, Ctrl/Cmd-click and "open in new tab".
 */
import type { ComponentChildren, JSX } from 'preact';
import { useDashboard } from '../app-context.ts';

type LinkProps = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string; children: ComponentChildren };

export function Link({ href, children, ...rest }: LinkProps) {
  const { router } = useDashboard();
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.navigate(href);
  };
  return (
    <a {...rest} href={href} onClick={onClick}>
      {children}
    </a>
  );
}
