/**
 * Path routing under `/dashboard` with the History API: a signal holding the current location
 * and an action to move. Links stay real `<a href>`s (open in new tab works); `Link` only
 * intercepts plain left clicks.
 *
 * @example
 *   const router = createRouter();
 *   router.navigate('/dashboard/inbox?state=new');
 *   router.location.value.path // '/dashboard/inbox'
 */
import { signal } from '@preact/signals';

export const basePath = '/dashboard';

export type AppLocation = { path: string; query: URLSearchParams; hash: string };

function readLocation(): AppLocation {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  return { path, query: new URLSearchParams(location.search), hash: location.hash };
}

export function createRouter() {
  const current = signal(readLocation());
  const onPopState = () => {
    current.value = readLocation();
  };
  addEventListener('popstate', onPopState);

  /** Moves within the app; `to` is an absolute path, optionally with query and hash. */
  function navigate(to: string, options: { replace?: boolean } = {}) {
    const url = new URL(to, location.origin);
    if (url.origin !== location.origin) return;
    const href = url.pathname + url.search + url.hash;
    if (href === location.pathname + location.search + location.hash) return;
    if (options.replace) history.replaceState(null, '', href);
    else history.pushState(null, '', href);
    current.value = readLocation();
  }

  /** Replaces the query of the current path, keeping the history entry per change so Back undoes a filter. */
  function setQuery(query: URLSearchParams) {
    const search = query.toString();
    navigate(`${current.value.path}${search ? `?${search}` : ''}`);
  }

  return {
    location: current,
    navigate,
    setQuery,
    dispose: () => removeEventListener('popstate', onPopState),
  };
}

export type Router = ReturnType<typeof createRouter>;
