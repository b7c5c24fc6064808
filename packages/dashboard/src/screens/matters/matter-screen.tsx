/**
 * One matter (`/dashboard/matters/:id`): the client and how long since they heard from the firm,
 * the stages, updates, next step, invoices, the client's messages, the access code and closing.
 * Another firm's matter answers 404, shown as "not found".
 */
import { useSignal } from '@preact/signals';
import type { AdminLawyer } from '@retainer/schema/admin';
import { useEffect, useMemo } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDate } from '../../format/date.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { ClientConversation } from './client-conversation.tsx';
import { InvoicesSection } from './invoices-section.tsx';
import { createMatterModel, type MatterModel } from './matter-model.ts';
import { MatterOrigin } from './matter-origin.tsx';
import { MessagesSection } from './messages-section.tsx';
import { StagesEditor } from './stages-editor.tsx';
import { NextStepSection, UpdatesSection } from './updates-section.tsx';

export function MatterScreen({ id }: { id: string }) {
  const t = useMessages();
  const { api } = useDashboard();
  const model = useMemo(() => createMatterModel(api.matters, id), [api, id]);
  useEffect(() => {
    void model.load();
  }, [model]);
  const detail = model.detail.value;
  if (!detail) {
    return (
      <>
        <PageHeader title={t.matters.title} />
        <ProblemAlert problem={model.problem.value} onRetry={() => model.load()} />
        {!model.problem.value && <Loading />}
      </>
    );
  }
  const m = t.matters.matter;
  return (
    <div class="matter-page">
      <p>
        <Link href={paths.matters()}>← {m.back}</Link>
      </p>
      <PageHeader title={`${detail.clientName} · ${detail.reference}`} />
      <ProblemAlert problem={model.problem.value} />
      <Summary model={model} />
      <AccessSection model={model} />
      {/* Keyed by the stored stages: a save that changes them starts the editor from the new state. */}
      <StagesEditor key={JSON.stringify([detail.stages, detail.currentStage])} model={model} />
      <UpdatesSection model={model} />
      <NextStepSection key={JSON.stringify(detail.nextStep)} model={model} />
      <InvoicesSection model={model} />
      <MessagesSection model={model} />
      <ClientConversation model={model} />
      {detail.status === 'open' && <CloseSection model={model} />}
    </div>
  );
}

function Summary({ model }: { model: MatterModel }) {
  const t = useMessages();
  const m = t.matters.matter;
  const { i18n } = useDashboard();
  const detail = model.detail.value!;
  return (
    <section class="panel" aria-label={m.client}>
      <dl class="matter-facts">
        <div>
          <dt>{m.client}</dt>
          <dd>{detail.clientName}</dd>
        </div>
        {detail.clientEmail && (
          <div>
            <dt>{m.email}</dt>
            <dd>{detail.clientEmail}</dd>
          </div>
        )}
        <div>
          <dt>{m.reference}</dt>
          <dd>
            <code>{detail.reference}</code>
          </dd>
        </div>
        <div>
          <dt>{m.lawyer}</dt>
          <dd>
            <LawyerPicker model={model} />
          </dd>
        </div>
        <MatterOrigin detail={detail} />
        <div>
          <dt>{m.lastUpdate}</dt>
          <dd>
            {t.matters.days(detail.daysSinceClientUpdate)}{' '}
            {detail.overdue && <span class="badge badge-overdue">{t.matters.overdue}</span>}
          </dd>
        </div>
        {detail.closedAt !== null && (
          <div>
            <dt>{t.matters.closed}</dt>
            <dd>
              {m.closedOn(formatDate(detail.closedAt, i18n.lang.value))}
              {detail.surveyUrl && <span class="cell-sub">{m.survey}</span>}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** The responsible lawyer: the site's active lawyers, saved on change. */
function LawyerPicker({ model }: { model: MatterModel }) {
  const t = useMessages();
  const { api, announcer } = useDashboard();
  const detail = model.detail.value!;
  const lawyers = useSignal<AdminLawyer[] | null>(null);
  useEffect(() => {
    api.listLawyers(detail.site).then(
      (all) => {
        lawyers.value = all.filter((l) => l.status === 'active' || l.id === detail.lawyerId);
      },
      () => {},
    );
  }, [detail.site]);
  if (!lawyers.value) return <>{detail.lawyerName ?? t.matters.noLawyer}</>;
  return (
    <select
      aria-label={t.matters.matter.lawyer}
      value={detail.lawyerId ?? ''}
      disabled={model.busy.value}
      onChange={async (event) => {
        const lawyerId = event.currentTarget.value || null;
        if (await model.act((matters) => matters.setLawyer(model.id, lawyerId))) {
          announcer.announce(t.matters.matter.saved);
        }
      }}
    >
      <option value="">{t.matters.noLawyer}</option>
      {lawyers.value.map((lawyer) => (
        <option key={lawyer.id} value={lawyer.id}>
          {lawyer.name}
        </option>
      ))}
    </select>
  );
}

function AccessSection({ model }: { model: MatterModel }) {
  const t = useMessages();
  const m = t.matters.matter;
  const detail = model.detail.value!;
  const confirming = useSignal(false);
  return (
    <section class="panel" aria-labelledby="matter-access">
      <h2 id="matter-access" class="panel-title">
        {m.accessTitle} {detail.underAttack && <span class="badge badge-conflict">{t.matters.underAttack}</span>}
      </h2>
      <p class="muted">{detail.underAttack ? t.matters.underAttackHelp : m.accessHelp}</p>
      {detail.failedAttempts > 0 && <p>{m.failedAttempts(detail.failedAttempts)}</p>}
      {model.newCode.value && (
        <p class="handover" role="status">
          {m.newCode}: <code class="handover-value">{model.newCode.value}</code>{' '}
          <CopyButton text={model.newCode.value} label={`${t.common.copy}: ${m.newCode}`} />
        </p>
      )}
      {confirming.value ? (
        <fieldset class="button-row confirm-row">
          <legend>{m.reissueConfirm}</legend>
          <button
            type="button"
            class="button button-danger"
            onClick={async () => {
              confirming.value = false;
              await model.reissue();
            }}
          >
            {m.reissue}
          </button>
          <button type="button" class="button button-secondary" onClick={() => (confirming.value = false)}>
            {t.common.cancel}
          </button>
        </fieldset>
      ) : (
        <button type="button" class="button button-secondary" onClick={() => (confirming.value = true)}>
          {m.reissue}
        </button>
      )}
    </section>
  );
}

function CloseSection({ model }: { model: MatterModel }) {
  const t = useMessages();
  const m = t.matters.matter;
  const confirming = useSignal(false);
  return (
    <section class="panel" aria-labelledby="matter-close">
      <h2 id="matter-close" class="panel-title">
        {m.closeTitle}
      </h2>
      <p class="muted">{m.closeHelp}</p>
      {confirming.value ? (
        <fieldset class="button-row confirm-row">
          <legend>{m.closeConfirm}</legend>
          <button type="button" class="button button-danger" onClick={() => model.act((api) => api.close(model.id))}>
            {m.close}
          </button>
          <button type="button" class="button button-secondary" onClick={() => (confirming.value = false)}>
            {t.common.cancel}
          </button>
        </fieldset>
      ) : (
        <button type="button" class="button button-secondary" onClick={() => (confirming.value = true)}>
          {m.close}
        </button>
      )}
    </section>
  );
}
