/**
 * The signed-in frame: skip link, banner with the firm and main navigation, the main region,
 * and the app-wide live region. Moves focus to the new screen's heading after navigation.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useDashboard, useMessages } from '../app-context.ts';
import { Link } from '../router/link.tsx';
import { paths, type Route } from '../router/routes.ts';
import { LanguageSelect } from './language-select.tsx';
import { LiveRegion } from './live-region.tsx';
import { SkipLink } from './skip-link.tsx';

const sections = [
  { key: 'journey', href: paths.home, routes: ['journey'] },
  { key: 'inbox', href: paths.inbox, routes: ['inbox', 'intake'] },
  { key: 'sites', href: paths.sites, routes: ['sites', 'site', 'newSite'] },
  { key: 'snippets', href: paths.snippets(), routes: ['snippets'] },
  { key: 'lawyers', href: paths.lawyers(), routes: ['lawyers'] },
  { key: 'faq', href: paths.faq(), routes: ['faq'] },
  { key: 'matters', href: paths.matters(), routes: ['matters', 'newMatter', 'matter'] },
  { key: 'survey', href: paths.survey(), routes: ['survey'] },
  { key: 'team', href: paths.team, routes: ['team'] },
  { key: 'people', href: paths.people, routes: ['people'] },
  { key: 'outbox', href: paths.outbox(), routes: ['outbox', 'outboxMessage', 'emailSettings'] },
  { key: 'integrations', href: paths.webhooks(), routes: ['webhooks', 'webhook', 'apiKeys'] },
] as const;

export function AppLayout({ route, children }: { route: Route; children: ComponentChildren }) {
  const t = useMessages();
  const { router, session } = useDashboard();
  const user = session.session.value?.user;
  const path = router.location.value.path;
  const firstPath = useRef(path);

  useEffect(() => {
    // Only after moving between screens; filters change the query and must keep focus where it is.
    if (path === firstPath.current) return;
    firstPath.current = path;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);

  return (
    <div class="app">
      <SkipLink />
      <header class="app-header">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            R
          </span>
          <span class="brand-text">
            <span class="brand-name">Retainer</span>
            {user && <span class="brand-firm">{user.firmName}</span>}
          </span>
        </div>
        <nav class="app-nav" aria-label={t.nav.label}>
          <ul>
            {sections.map((section) => {
              const current = (section.routes as readonly string[]).includes(route.name);
              return (
                <li key={section.key}>
                  <Link href={section.href} aria-current={current ? 'page' : undefined}>
                    {t.nav[section.key]}
                  </Link>
                </li>
              );
            })}
            {user?.role === 'admin' && (
              <li>
                <Link href={paths.accessLog()} aria-current={route.name === 'accessLog' ? 'page' : undefined}>
                  {t.accessLog.nav}
                </Link>
              </li>
            )}
          </ul>
        </nav>
        <div class="user-menu">
          {user && (
            <p class="user-name" title={user.email}>
              <span class="visually-hidden">{t.nav.signedInAs(user.name, t.roles[user.role])}</span>
              <span aria-hidden="true">
                {user.name} · {t.roles[user.role]}
              </span>
            </p>
          )}
          <Link href={paths.notifications} aria-current={route.name === 'notifications' ? 'page' : undefined}>
            {t.reach.notifications.nav}
          </Link>
          <Link href={paths.security} aria-current={route.name === 'security' ? 'page' : undefined}>
            {t.security.nav}
          </Link>
          <LanguageSelect />
          <button
            type="button"
            class="button button-quiet"
            onClick={async () => {
              await session.signOut();
              // A chosen sign-out starts afresh: no "continue to" address on the sign-in screen.
              router.navigate(paths.signIn, { replace: true });
            }}
          >
            {t.nav.signOut}
          </button>
        </div>
      </header>
      <main id="main" class="app-main" tabIndex={-1}>
        {children}
      </main>
      <LiveRegion />
    </div>
  );
}
