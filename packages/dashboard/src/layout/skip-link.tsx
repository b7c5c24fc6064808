/** The first tab stop: jumps past the navigation to the screen's heading. */
import { useMessages } from '../app-context.ts';

export function SkipLink() {
  const t = useMessages();
  const onClick = (event: MouseEvent) => {
    // Focus the heading without touching the URL: a hash would be read as a route change.
    event.preventDefault();
    const target = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
    target?.focus();
  };
  return (
    // biome-ignore lint/a11y/useValidAnchor: a real link for assistive tech, but it must not write `#main` over a `#token=` fragment.
    <a class="skip-link" href="#main" onClick={onClick}>
      {t.common.skipToContent}
    </a>
  );
}
