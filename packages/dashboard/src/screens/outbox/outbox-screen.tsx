/**
 * The Outbox (`/dashboard/outbox?site=…&state=…`, issue 15): every email of a site, newest first — to whom,
 * why, its state with attempts, next attempt and last error — with a state filter, older pages on demand,
 * and a banner when messages are held because no mail server is configured.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import { type AdminSite, type EmailSettings, type OutboxItem, outboxStates } from '@retainer/schema/admin';
import { useEffect, useId, useRef } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatShortDateTime } from '../../format/date.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { LoadMore } from '../../ui/load-more.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ResultsPanel } from '../../ui/results-panel.tsx';
import { SiteScope } from '../../ui/site-list.tsx';
import { EmptyState } from '../../ui/states.tsx';
import { OutboxStateCell, reasonLabel, recipientLabel } from './outbox-format.tsx';

const isState = (value: string | null): value is OutboxItem['state'] =>
  (outboxStates as readonly string[]).includes(value ?? '');

export function OutboxScreen() {
  const t = useMessages();
  const { router, session } = useDashboard();
  const isAdmin = session.session.value?.user.role === 'admin';
  const site = router.location.value.query.get('site') ?? undefined;
  return (
    <>
      <PageHeader
        title={t.reach.outbox.title}
        description={t.reach.outbox.description}
        actions={
          isAdmin && (
            <Link href={paths.emailSettings(site)} class="button button-secondary">
              {t.reach.outbox.emailSettings}
            </Link>
          )
        }
      />
      <SiteScope label={t.reach.outbox.site} pathFor={(id) => paths.outbox({ site: id })}>
        {(chosen) => <OutboxList key={chosen.id} site={chosen} />}
      </SiteScope>
    </>
  );
}

function OutboxList({ site }: { site: AdminSite }) {
  const t = useMessages();
  const m = t.reach.outbox;
  const { api, router, i18n, session, announcer } = useDashboard();
  const isAdmin = session.session.value?.user.role === 'admin';
  const wanted = router.location.value.query.get('state');
  const state = isState(wanted) ? wanted : undefined;
  const items = useSignal<OutboxItem[] | null>(null);
  const next = useSignal<string | null>(null);
  const loading = useSignal(true);
  const problem = useSignal<Problem | null>(null);
  const settings = useSignal<EmailSettings | null>(null);
  const stateId = useId();
  const loads = useRef(0);
  const lang = i18n.lang.value;

  const load = async (cursor?: string) => {
    loading.value = true;
    problem.value = null;
    try {
      const page = await api.outbox.list(site.id, { state, cursor });
      items.value = cursor ? [...(items.value ?? []), ...page.items] : page.items;
      next.value = page.next;
      // The first list is read with the page; later ones (filter, older page) are announced.
      if (loads.current++ > 0) announcer.announce(m.results(items.value.length, page.next !== null));
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      loading.value = false;
    }
  };
  useEffect(() => {
    void load();
  }, [site.id, state]);
  useEffect(() => {
    // Whether messages are held for want of a server; staff may not read the settings, and that is fine.
    api.outbox.settings(site.id).then(
      (answer) => (settings.value = answer),
      () => {},
    );
  }, [site.id]);

  const list = items.value;
  const held =
    settings.value?.delivery === 'held' ||
    (settings.value === null && (list ?? []).some((item) => item.state === 'held'));
  const setState = (value: string) =>
    router.navigate(paths.outbox({ site: site.id, state: value || undefined }), { replace: true });

  return (
    <>
      {held && (
        <div class="alert alert-warning outbox-held" role="note">
          <p class="alert-title">{m.heldTitle}</p>
          <p>{m.heldBody}</p>
          {isAdmin ? <Link href={paths.emailSettings(site.id)}>{m.heldAdminLink}</Link> : <p>{m.heldStaff}</p>}
        </div>
      )}
      <div class="outbox-filters">
        <div class="field field-inline">
          <label for={stateId}>{m.state}</label>
          <select id={stateId} value={state ?? ''} onChange={(event) => setState(event.currentTarget.value)}>
            <option value="">{m.allStates}</option>
            {outboxStates.map((value) => (
              <option key={value} value={value}>
                {m.states[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ResultsPanel
        id="outbox-results"
        title={list ? m.results(list.length, next.value !== null) : m.tableCaption}
        busy={loading.value}
        loaded={list !== null}
        problem={problem.value}
        onReload={() => load()}
        empty={
          list &&
          list.length === 0 && (
            <EmptyState title={state ? m.emptyFilteredTitle : m.emptyTitle}>
              {!state && <p>{m.emptyBody}</p>}
            </EmptyState>
          )
        }
      >
        {list && list.length > 0 && (
          <div class="table-scroll">
            <table class="table outbox-table">
              <caption class="visually-hidden">{m.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.columns.subject}</th>
                  <th scope="col">{m.columns.to}</th>
                  <th scope="col">{m.columns.why}</th>
                  <th scope="col">{m.columns.state}</th>
                  <th scope="col">{m.columns.when}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <Link href={paths.outboxMessage(site.id, item.id)} class="row-link">
                        {item.subject || t.reach.message.untitled}
                      </Link>
                    </th>
                    <td class="outbox-to">{recipientLabel(item.to, isAdmin, t)}</td>
                    <td>{reasonLabel(item, t)}</td>
                    <td>
                      <OutboxStateCell item={item} />
                    </td>
                    <td>
                      <time dateTime={new Date(item.createdAt).toISOString()}>
                        {formatShortDateTime(item.createdAt, lang)}
                      </time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMore cursor={next.value} busy={loading.value} label={m.loadMore} onMore={(cursor) => load(cursor)} />
      </ResultsPanel>
    </>
  );
}
