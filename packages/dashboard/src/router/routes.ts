/**
 * The dashboard's screens and the paths that show them.
 *
 * @example
 *   matchRoute('/dashboard/intakes/abc') // { name: 'intake', id: 'abc' }
 *   matchRoute('/dashboard/')            // { name: 'journey' }
 */
import { basePath } from './router.ts';

export type Route =
  | { name: 'setup' }
  | { name: 'signIn' }
  | { name: 'acceptInvitation' }
  | { name: 'journey' }
  | { name: 'inbox' }
  | { name: 'intake'; id: string }
  | { name: 'sites' }
  | { name: 'newSite' }
  | { name: 'site'; id: string }
  | { name: 'snippets' }
  | { name: 'lawyers' }
  | { name: 'faq' }
  | { name: 'team' }
  | { name: 'people' }
  | { name: 'matters' }
  | { name: 'newMatter' }
  | { name: 'matter'; id: string }
  | { name: 'survey'; tab: SurveyTab }
  | { name: 'outbox' }
  | { name: 'outboxMessage'; id: string }
  | { name: 'emailSettings' }
  | { name: 'notifications' }
  | { name: 'security' }
  | { name: 'accessLog' }
  | { name: 'webhooks' }
  | { name: 'webhook'; id: string }
  | { name: 'apiKeys' }
  | { name: 'forgotPassword' }
  | { name: 'resetPassword' }
  | { name: 'notFound' };

/** The client survey's sections (issue 6). */
export type SurveyTab = 'results' | 'invitations' | 'followUps';
const surveyTabPaths: Record<SurveyTab, string> = {
  results: '',
  invitations: '/invitations',
  followUps: '/follow-ups',
};

/** Screens anyone can open; every other one needs a session. */
export const publicRoutes: ReadonlySet<Route['name']> = new Set([
  'setup',
  'signIn',
  'acceptInvitation',
  'forgotPassword',
  'resetPassword',
]);

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
  faq: (site?: string) => `${basePath}/faq${site ? `?site=${encodeURIComponent(site)}` : ''}`,
  team: `${basePath}/team`,
  people: `${basePath}/people`,
  survey: (tab: SurveyTab = 'results', site?: string) =>
    `${basePath}/survey${surveyTabPaths[tab]}${site ? `?site=${encodeURIComponent(site)}` : ''}`,
  matters: (filters: { site?: string; overdue?: boolean } = {}) => {
    const query = new URLSearchParams();
    if (filters.site) query.set('site', filters.site);
    if (filters.overdue) query.set('overdue', '1');
    return `${basePath}/matters${query.size ? `?${query}` : ''}`;
  },
  newMatter: `${basePath}/matters/new`,
  /** Issue 15: the Outbox, one message in it, Settings → Email, and my notifications. */
  outbox: (filters: { site?: string | undefined; state?: string | undefined } = {}) => {
    const query = new URLSearchParams();
    if (filters.site) query.set('site', filters.site);
    if (filters.state) query.set('state', filters.state);
    return `${basePath}/outbox${query.size ? `?${query}` : ''}`;
  },
  outboxMessage: (site: string, id: string) =>
    `${basePath}/outbox/${encodeURIComponent(id)}?site=${encodeURIComponent(site)}`,
  emailSettings: (site?: string) => `${basePath}/settings/email${site ? `?site=${encodeURIComponent(site)}` : ''}`,
  notifications: `${basePath}/settings/notifications`,
  /** Issue 17: my two-factor sign-in, and the firm's requirement (admins). */
  security: `${basePath}/settings/security`,
  /** Issue 17: the firm's access log, optionally narrowed (`actor` is a member's id). */
  accessLog: (filters: { actor?: string | undefined; subject?: string | undefined } = {}) => {
    const query = new URLSearchParams();
    if (filters.actor) query.set('actor', filters.actor);
    if (filters.subject) query.set('subject', filters.subject);
    return `${basePath}/access-log${query.size ? `?${query}` : ''}`;
  },
  matter: (id: string) => `${basePath}/matters/${encodeURIComponent(id)}`,
  /** Issue 16: a site's webhook endpoints, one of them, and the firm's admin API keys. */
  webhooks: (site?: string) => `${basePath}/webhooks${site ? `?site=${encodeURIComponent(site)}` : ''}`,
  webhook: (site: string, id: string) =>
    `${basePath}/webhooks/${encodeURIComponent(id)}?site=${encodeURIComponent(site)}`,
  apiKeys: `${basePath}/settings/api-keys`,
  /** Issue 15: forgot password (the reset link carries its token in the fragment). */
  forgotPassword: `${basePath}/forgot-password`,
  resetPassword: `${basePath}/reset-password`,
};

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

export function matchRoute(path: string): Route {
  // The home is the journey map (issue 8); the inbox has its own address.
  if (path === basePath || path === `${basePath}/`) return { name: 'journey' };
  if (!path.startsWith(`${basePath}/`)) return { name: 'notFound' };
  const [first, second, ...rest] = path.slice(basePath.length + 1).split('/');
  if (rest.length > 0) return { name: 'notFound' };
  if (first === 'survey') {
    if (second === undefined) return { name: 'survey', tab: 'results' };
    if (second === 'invitations') return { name: 'survey', tab: 'invitations' };
    if (second === 'follow-ups') return { name: 'survey', tab: 'followUps' };
    return { name: 'notFound' };
  }
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
      faq: { name: 'faq' },
      team: { name: 'team' },
      people: { name: 'people' },
      matters: { name: 'matters' },
      outbox: { name: 'outbox' },
      'access-log': { name: 'accessLog' },
      webhooks: { name: 'webhooks' },
      'forgot-password': { name: 'forgotPassword' },
      'reset-password': { name: 'resetPassword' },
    };
    return simple[first ?? ''] ?? { name: 'notFound' };
  }
  if (first === 'intakes' && second) return { name: 'intake', id: decode(second) };
  if (first === 'outbox' && second) return { name: 'outboxMessage', id: decode(second) };
  if (first === 'settings' && second === 'email') return { name: 'emailSettings' };
  if (first === 'settings' && second === 'notifications') return { name: 'notifications' };
  if (first === 'settings' && second === 'security') return { name: 'security' };
  if (first === 'settings' && second === 'api-keys') return { name: 'apiKeys' };
  if (first === 'webhooks' && second) return { name: 'webhook', id: decode(second) };
  if (first === 'sites' && second === 'new') return { name: 'newSite' };
  if (first === 'matters' && second === 'new') return { name: 'newMatter' };
  if (first === 'matters' && second) return { name: 'matter', id: decode(second) };
  if (first === 'sites' && second) return { name: 'site', id: decode(second) };
  return { name: 'notFound' };
}
