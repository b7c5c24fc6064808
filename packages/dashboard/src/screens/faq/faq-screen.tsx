/**
 * The FAQ bot of one site (`/dashboard/faq?site=harbor-vale`): what visitors asked (answered, unanswered
 * grouped, led to an intake), the FAQ entries the bot answers from, and the bot's settings.
 */
import { useSignal } from '@preact/signals';
import type { AdminFaqEntry, AdminSite } from '@retainer/schema/admin';
import { useEffect, useMemo } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { paths } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SiteScope } from '../../ui/site-list.tsx';
import { EmptyState, Loading } from '../../ui/states.tsx';
import { FaqEntryForm } from './faq-entry-form.tsx';
import { createFaqModel } from './faq-model.ts';
import { FaqReportPanel } from './faq-report.tsx';
import { FaqSettingsForm } from './faq-settings-form.tsx';

type Editing = { mode: 'list' } | { mode: 'new'; question?: string } | { mode: 'edit'; entry: AdminFaqEntry };

export function FaqScreen() {
  const t = useMessages();
  return (
    <>
      <PageHeader title={t.faq.title} description={t.faq.description} />
      <SiteScope label={t.faq.site} pathFor={paths.faq}>
        {(site) => <SiteFaq key={site.id} site={site} />}
      </SiteScope>
    </>
  );
}

function SiteFaq({ site }: { site: AdminSite }) {
  const t = useMessages();
  const { api, announcer } = useDashboard();
  const model = useMemo(() => createFaqModel(api.faq, site.id), [api, site.id]);
  const editing = useSignal<Editing>({ mode: 'list' });
  useEffect(() => {
    void model.load();
  }, [model]);

  const backToList = () => {
    editing.value = { mode: 'list' };
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  };
  const current = editing.value;
  if (current.mode !== 'list') {
    const entry = current.mode === 'edit' ? current.entry : undefined;
    return (
      <FaqEntryForm
        site={site}
        entry={entry}
        question={current.mode === 'new' ? current.question : undefined}
        onCancel={backToList}
        onSave={async (input) => {
          const refused = await model.saveEntry(input, entry?.id);
          if (!refused) {
            announcer.announce(t.faq.entrySaved);
            backToList();
          }
          return refused;
        }}
      />
    );
  }

  const entries = model.entries.value;
  const report = model.report.value;
  const settings = model.settings.value;
  return (
    <>
      {!entries && !model.problem.value && <Loading />}
      <ProblemAlert problem={model.problem.value} onRetry={() => void model.load()} />
      {report && (
        <FaqReportPanel
          report={report}
          entries={entries ?? []}
          onAnswer={(question) => (editing.value = { mode: 'new', question })}
          onAttach={model.addPhrasing}
        />
      )}
      {entries && (
        <section class="panel" aria-labelledby="faq-entries-title">
          <div class="panel-header">
            <h2 id="faq-entries-title" class="panel-title">
              {t.faq.entriesTitle(entries.length)}
            </h2>
            <button type="button" class="button button-primary" onClick={() => (editing.value = { mode: 'new' })}>
              {t.faq.addEntry}
            </button>
          </div>
          {entries.length === 0 ? (
            <EmptyState title={t.faq.noEntries} />
          ) : (
            <div class="table-scroll">
              <table class="table table-compact">
                <thead>
                  <tr>
                    <th scope="col">{t.faq.question}</th>
                    <th scope="col">{t.faq.language}</th>
                    <th scope="col">{t.faq.lastReviewed}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t.faq.actions}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <th scope="row" lang={entry.language}>
                        {entry.question}
                      </th>
                      <td>{t.languages[entry.language]}</td>
                      <td>{entry.lastReviewed}</td>
                      <td class="faq-row-actions">
                        <button
                          type="button"
                          class="button button-small"
                          aria-label={`${t.faq.edit}: ${entry.question}`}
                          onClick={() => (editing.value = { mode: 'edit', entry })}
                        >
                          {t.faq.edit}
                        </button>
                        <button
                          type="button"
                          class="button button-small"
                          aria-label={`${t.faq.delete}: ${entry.question}`}
                          onClick={async () => {
                            if (!window.confirm(t.faq.confirmDelete(entry.question))) return;
                            const refused = await model.deleteEntry(entry.id);
                            announcer.announce(refused ? t.faq.deleteFailed : t.faq.entryDeleted);
                          }}
                        >
                          {t.faq.delete}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {settings && <FaqSettingsForm key={JSON.stringify(settings)} settings={settings} onSave={model.saveSettings} />}
    </>
  );
}
