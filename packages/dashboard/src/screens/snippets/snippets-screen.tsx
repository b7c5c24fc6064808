/**
 * The exact snippets to paste for one site, as the collector writes them (its public URL
 * filled in), with copy buttons and a live preview of the intake form.
 */
import { useSignal } from '@preact/signals';
import type { SiteSnippets } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SitePicker, useSiteList } from '../../ui/site-list.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';
import { SnippetBlock } from './snippet-block.tsx';
import { WidgetPreview } from './widget-preview.tsx';

type WidgetSnippet = SiteSnippets['widgets'][number];

/** What to paste for one widget: its placement element (if it has one) and its script. */
export function snippetText(widget: WidgetSnippet): string {
  return widget.element ? `${widget.element}\n${widget.script}` : widget.script;
}

/** The directives a strict Content-Security-Policy needs for the collector; photos are images it serves (issue 14). */
export function cspLine(collectorUrl: string): string {
  return `script-src ${collectorUrl}; connect-src ${collectorUrl}; img-src ${collectorUrl}`;
}

export function SnippetsScreen() {
  const t = useMessages();
  const { api, router, origin } = useDashboard();
  const { sites, problem, load: loadSites } = useSiteList();
  const snippets = useSignal<SiteSnippets | null>(null);

  const list = sites.value;
  const wanted = router.location.value.query.get('site');
  const site = list?.find((s) => s.id === wanted) ?? list?.[0];

  useEffect(() => {
    if (!site) return;
    let current = true;
    snippets.value = null;
    api.getSnippets(site.id).then(
      (answer) => {
        if (current) snippets.value = answer;
      },
      async (error) => {
        if (current) problem.value = (await toApiProblem(error)).problem;
      },
    );
    return () => {
      current = false;
    };
  }, [site?.id]);

  const widgets = snippets.value?.widgets ?? [];
  const available = widgets.filter((w) => w.available);
  const coming = widgets.filter((w) => !w.available);
  const label = (name: string) => (t.snippets.widgets as Record<string, string>)[name] ?? name;

  return (
    <>
      <PageHeader title={t.snippets.title} description={t.snippets.description} />
      {(!list || (site && !snippets.value)) && !problem.value && <Loading />}
      <ProblemAlert problem={problem.value} onRetry={loadSites} />
      {list && list.length === 0 && (
        <EmptyState title={t.sites.emptyTitle}>
          <p>{t.snippets.noSites}</p>
          <Link class="button button-primary" href={paths.newSite}>
            {t.sites.newSite}
          </Link>
        </EmptyState>
      )}
      {list && site && (
        <SitePicker
          label={t.snippets.site}
          sites={list}
          site={site}
          onChoose={(id) => router.navigate(paths.snippets(id), { replace: true })}
        />
      )}
      {site && snippets.value && (
        <>
          <p class="alert alert-info page-note">{t.snippets.originNote(snippets.value.collectorUrl)}</p>
          {available.map((widget) => (
            <section key={widget.name} class="panel" aria-labelledby={`snippet-${widget.name}`}>
              <h2 id={`snippet-${widget.name}`} class="panel-title">
                {label(widget.name)}
              </h2>
              <p>{(t.snippets.help as Record<string, string>)[widget.name] ?? t.snippets.comingHelp}</p>
              <SnippetBlock code={snippetText(widget)} label={t.snippets.copyLabel(label(widget.name))} />
            </section>
          ))}
          {available.some((w) => w.name === 'intake') && (
            <section class="panel" aria-labelledby="snippet-preview">
              <h2 id="snippet-preview" class="panel-title">
                {t.snippets.previewTitle}
              </h2>
              <p class="muted">{t.snippets.previewHelp}</p>
              <WidgetPreview origin={origin} site={site.id} defaultLanguage={site.defaultLanguage} />
            </section>
          )}
          {coming.length > 0 && (
            <section class="panel" aria-labelledby="snippet-coming">
              <h2 id="snippet-coming" class="panel-title">
                {t.snippets.coming}
              </h2>
              <p class="muted">{t.snippets.comingHelp}</p>
              <ul class="coming-list">
                {coming.map((widget) => (
                  <li key={widget.name}>
                    <h3 class="coming-title">
                      {label(widget.name)} <span class="badge badge-muted">{t.snippets.coming}</span>
                    </h3>
                    <pre class="code code-muted">
                      <code>{snippetText(widget)}</code>
                    </pre>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section class="panel" aria-labelledby="snippet-loader">
            <h2 id="snippet-loader" class="panel-title">
              {t.snippets.loaderTitle}
            </h2>
            <p>{t.snippets.loaderHelp}</p>
            <SnippetBlock code={snippets.value.loader} label={t.snippets.copyLabel(t.snippets.loaderTitle)} />
            {available.some((w) => w.element) && (
              <>
                <p>{t.snippets.loaderElements}</p>
                <SnippetBlock
                  code={available
                    .filter((w) => w.element)
                    .map((w) => w.element)
                    .join('\n')}
                  label={t.snippets.loaderElementsCopy}
                />
              </>
            )}
          </section>
          <section class="panel" aria-labelledby="snippet-csp">
            <h2 id="snippet-csp" class="panel-title">
              {t.snippets.cspTitle}
            </h2>
            <p>{t.snippets.cspHelp}</p>
            <SnippetBlock
              code={cspLine(snippets.value.collectorUrl)}
              label={t.snippets.copyLabel(t.snippets.cspTitle)}
            />
          </section>
        </>
      )}
    </>
  );
}
