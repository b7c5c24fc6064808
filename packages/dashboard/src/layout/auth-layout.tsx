/** The frame for sign-in, setup and accepting an invitation: one centred card, no navigation. */
import type { ComponentChildren } from 'preact';
import { useMessages } from '../app-context.ts';
import { LanguageSelect } from './language-select.tsx';
import { LiveRegion } from './live-region.tsx';
import { SkipLink } from './skip-link.tsx';

/** `wide`: room for a QR code beside its setup key (issue 17's forced set-up). */
export function AuthLayout({ children, wide }: { children: ComponentChildren; wide?: boolean }) {
  const t = useMessages();
  return (
    <div class="auth">
      <SkipLink />
      <header class="auth-header">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            R
          </span>
          <span class="brand-text">
            <span class="brand-name">{t.auth.productName}</span>
            <span class="brand-firm">{t.auth.tagline}</span>
          </span>
        </div>
        <LanguageSelect />
      </header>
      <main id="main" class="auth-main" tabIndex={-1}>
        <div class={wide ? 'auth-card auth-card-wide' : 'auth-card'}>{children}</div>
      </main>
      <LiveRegion />
    </div>
  );
}
