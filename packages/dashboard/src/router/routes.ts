/**
 * The dashboard's screens and the paths that show them.
 *
 * @example
 *   matchRoute('/dashboard/intakes/abc') // { name: 'intake', id: 'abc' }
 */
import { basePath } from './router.ts';

export type Route =
  | { name: 'setup' }
  | { name: 'signIn' }
  | { name: 'acceptInvitation' }
  | { name: 'inbox' }
  | { name: 'intake'; id: string }
  | { name: 'sites' }
  | { name: 'newSite' }
  | { name: 'site'; id: string }
  | { name: 'snippets' }
  | { name: 'lawyers' }
  | { name: 'team' }
  | { name: 'people' }
  | { name: 'notFound' };

/** Screens anyone can open; every other one needs a session. */
export const publicRoutes: ReadonlySet<Route['name']> = new Set(['setup', 'signIn', 'acceptInvitation']);

export const paths = {
  home: `${basePath}/`,
  setup: `${basePath}/setup`,
  signIn: `${basePath}/sign-in`,
  acceptInvitation: `${basePath}/invite`,
  inbox: `${basePath}/inbox`,
  intake: (id: string) => `${basePath}/intakes/${encodeURIComponent(id)}`,
  sites: `${basePath}/sites`,
  newSite: `${basePath}/sites/new`,
  site: (id: string) => `${basePath}/sites/${encodeURIComponent(id)}`,
  snippets: (site?: string) => `${basePath}/snippets${site ? `?site=${encodeURIComponent(site)}` : ''}`,
  lawyers: (site?: string) => `${basePath}/lawyers${site ? `?site=${encodeURIComponent(site)}` : ''}`,
  team: `${basePath}/team`,
  people: `${basePath}/people`,
};

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

export function matchRoute(path: string): Route {
  if (path === basePath || path === `${basePath}/`) return { name: 'inbox' };
  if (!path.startsWith(`${basePath}/`)) return { name: 'notFound' };
  const [first, second, ...rest] = path.slice(basePath.length + 1).split('/');
  if (rest.length > 0) return { name: 'notFound' };
  if (second === undefined) {
    const simple: Record<string, Route> = {
      setup: { name: 'setup' },
      'sign-in': { name: 'signIn' },
      invite: { name: 'acceptInvitation' },
      'accept-invitation': { name: 'acceptInvitation' },
      inbox: { name: 'inbox' },
      sites: { name: 'sites' },
      snippets: { name: 'snippets' },
      lawyers: { name: 'lawyers' },
      team: { name: 'team' },
      people: { name: 'people' },
    };
    return simple[first ?? ''] ?? { name: 'notFound' };
  }
  if (first === 'intakes' && second) return { name: 'intake', id: decode(second) };
  if (first === 'sites' && second === 'new') return { name: 'newSite' };
  if (first === 'sites' && second) return { name: 'site', id: decode(second) };
  return { name: 'notFound' };
}
