/**
 * The firm's matters (`/dashboard/matters?site=…&overdue=1`): who the client is, where the matter
 * stands and how long since the client last heard anything — matters past the firm's target are
 * marked with a word as well as a colour, matters under attack (wrong access codes) and unread messages too.
 */
import { useSignal } from '@preact/signals';
import { type Language, type Problem, pickText } from '@retainer/schema';
import type { AdminSite, MatterList } from '@retainer/schema/admin';
import { useEffect, useRef } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDate } from '../../format/date.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SitePicker, useSiteList } from '../../ui/site-list.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';
import { useLiveChanges } from '../../ui/use-live-changes.ts';

export function practiceLabel(sites: readonly AdminSite[], site: string, area: string, lang: Language): string {
  const found = sites.find((s) => s.id === site)?.practiceAreas.find((a) => a.id === area);
  return found ? pickText(found.label, lang) : area;
}

export function MattersScreen() {
  const t = useMessages();
  const { api, router, i18n, live, announcer } = useDashboard();
  const { sites, problem: sitesProblem, load: loadSites } = useSiteList();
  const query = router.location.value.query;
  const siteId = query.get('site') ?? undefined;
  const overdue = query.get('overdue') === '1';
  const list = useSignal<MatterList | null>(null);
  const problem = useSignal<Problem | null>(null);
  const lang = i18n.lang.value;
  const m = t.matters;

  const allSites = sites.value ?? [];
  const site = allSites.find((s) => s.id === siteId) ?? allSites[0];
  // The list is the picked site's (issue 14, defect 12: it was fetched without a site, so every site's matters
  // showed under the first site's name), and only the latest request's answer is shown.
  const latest = useRef(0);
  const load = async () => {
    if (!site) return;
    const mine = ++latest.current;
    problem.value = null;
    try {
      const answer = await api.matters.list({ site: site.id, overdue });
      if (mine === latest.current) list.value = answer;
    } catch (error) {
      const found = (await toApiProblem(error)).problem;
      if (mine === latest.current) problem.value = found;
    }
  };
  useEffect(() => {
    list.value = null;
    void load();
  }, [site?.id, overdue]);

  // Issue 15: a client's new message shows (as unread) while the list is open, announced and in the tab title.
  const unread = (answer: MatterList | null) => answer?.matters.reduce((sum, m) => sum + m.unreadMessages, 0) ?? 0;
  useLiveChanges(async (change) => {
    if (change !== 'missed' && (change.type !== 'matter-message' || (site && change.site !== site.id))) return;
    const loaded = list.value !== null;
    const before = unread(list.value);
    await load();
    const arrived = loaded ? unread(list.value) - before : 0;
    if (arrived <= 0) return;
    live.noteArrivals(arrived);
    announcer.announce(t.reach.live.newMessages(arrived));
  });
  const filter = (next: { site?: string; overdue?: boolean }) => {
    const chosenSite = next.site ?? siteId;
    const onlyOverdue = next.overdue ?? overdue;
    const filters = { ...(chosenSite ? { site: chosenSite } : {}), ...(onlyOverdue ? { overdue: true } : {}) };
    router.navigate(paths.matters(filters), { replace: true });
  };

  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          <Link href={paths.newMatter} class="button button-primary">
            {m.newMatter}
          </Link>
        }
      />
      <div class="matters-filters">
        {site && <SitePicker label={m.site} sites={allSites} site={site} onChoose={(id) => filter({ site: id })} />}
        <label class="checkbox">
          <input type="checkbox" checked={overdue} onChange={(e) => filter({ overdue: e.currentTarget.checked })} />{' '}
          {m.overdueOnly(list.value?.targetDays ?? 14)}
        </label>
      </div>
      <ProblemAlert problem={sitesProblem.value} onRetry={loadSites} />
      <ProblemAlert problem={problem.value} onRetry={load} />
      {sites.value?.length === 0 && <EmptyState title={t.sites.emptyTitle} />}
      {!list.value && !problem.value && !sitesProblem.value && sites.value?.length !== 0 && <Loading />}
      {list.value && list.value.matters.length === 0 && <EmptyState title={overdue ? m.emptyOverdue : m.emptyTitle} />}
      {list.value && list.value.matters.length > 0 && (
        <div class="table-scroll">
          <table class="table matters-table">
            <caption class="visually-hidden">{m.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {m.columns.client} <span class="th-sub">· {m.columns.reference}</span>
                </th>
                <th scope="col">
                  {m.columns.practiceArea} <span class="th-sub">· {m.columns.lawyer}</span>
                </th>
                <th scope="col">{m.columns.stage}</th>
                <th scope="col">{m.columns.lastUpdate}</th>
                <th scope="col">{m.columns.flags}</th>
              </tr>
            </thead>
            <tbody>
              {list.value.matters.map((matter) => (
                <tr key={matter.id} class={matter.overdue ? 'row-overdue' : undefined}>
                  <th scope="row">
                    <Link href={paths.matter(matter.id)} class="row-link">
                      {matter.clientName}
                    </Link>
                    <span class="cell-sub">{matter.reference}</span>
                  </th>
                  <td>
                    {practiceLabel(allSites, matter.site, matter.practiceArea, lang)}
                    <span class="cell-sub">{matter.lawyerName ?? m.noLawyer}</span>
                  </td>
                  <td>
                    {matter.status === 'closed' ? (
                      <span class="badge badge-muted">{m.closed}</span>
                    ) : (
                      matter.currentStageLabel
                    )}
                  </td>
                  <td>
                    <time
                      dateTime={new Date(matter.lastClientUpdateAt).toISOString()}
                      title={formatDate(matter.lastClientUpdateAt, lang)}
                    >
                      {m.days(matter.daysSinceClientUpdate)}
                    </time>
                    {matter.overdue && <span class="badge badge-overdue">{m.overdue}</span>}
                  </td>
                  <td class="matter-flags">
                    {matter.underAttack && (
                      <span class="badge badge-conflict" title={m.underAttackHelp}>
                        {m.underAttack}
                      </span>
                    )}
                    {matter.unreadMessages > 0 && (
                      <span class="badge badge-new">{m.unread(matter.unreadMessages)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
