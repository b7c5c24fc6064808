/**
 * Opens a matter: the client, the practice area (its usual stages come with it) and the lawyer.
 * The answer carries the reference and the one-time access code, shown here once to hand over.
 */
import { useSignal } from '@preact/signals';
import { type Problem, pickText } from '@retainer/schema';
import type { AdminLawyer, MatterCreated } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SitePicker, useSiteList } from '../../ui/site-list.tsx';
import { Loading } from '../../ui/states.tsx';
import { TextField } from '../../ui/text-field.tsx';

export function NewMatterScreen() {
  const t = useMessages();
  const m = t.matters;
  const { api, i18n } = useDashboard();
  const { sites } = useSiteList();
  const siteId = useSignal('');
  const clientName = useSignal('');
  const clientEmail = useSignal('');
  const practiceArea = useSignal('');
  const lawyerId = useSignal('');
  const lawyers = useSignal<AdminLawyer[]>([]);
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const created = useSignal<MatterCreated | null>(null);

  const list = sites.value;
  const site = list?.find((s) => s.id === siteId.value) ?? list?.[0];
  useEffect(() => {
    if (!site) return;
    api.listLawyers(site.id).then(
      (all) => {
        lawyers.value = all.filter((l) => l.status === 'active');
      },
      () => {},
    );
  }, [site?.id]);

  if (created.value) {
    const { matter, accessCode } = created.value;
    return (
      <>
        <PageHeader title={m.create.handoverTitle} description={m.create.handoverBody} />
        <section class="panel handover" aria-label={m.create.handoverTitle}>
          <dl class="handover-list">
            <div>
              <dt>{m.create.reference}</dt>
              <dd>
                <code class="handover-value">{matter.reference}</code>{' '}
                <CopyButton text={matter.reference} label={`${t.common.copy}: ${m.create.reference}`} />
              </dd>
            </div>
            <div>
              <dt>{m.create.code}</dt>
              <dd>
                <code class="handover-value">{accessCode}</code>{' '}
                <CopyButton text={accessCode} label={`${t.common.copy}: ${m.create.code}`} />
              </dd>
            </div>
          </dl>
          <Link href={paths.matter(matter.id)} class="button button-primary">
            {m.create.open}
          </Link>
        </section>
      </>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!site || busy.value) return;
    busy.value = true;
    problem.value = null;
    try {
      created.value = await api.matters.create({
        site: site.id,
        clientName: clientName.value,
        practiceArea: practiceArea.value || (site.practiceAreas[0]?.id ?? ''),
        ...(clientEmail.value.trim() ? { clientEmail: clientEmail.value.trim() } : {}),
        ...(lawyerId.value ? { lawyerId: lawyerId.value } : {}),
      });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = false;
    }
  };

  return (
    <>
      <PageHeader title={m.create.title} description={m.create.stagesHint} />
      {!list && <Loading />}
      {list && site && (
        <form class="panel form-stack" onSubmit={submit} noValidate>
          <SitePicker label={m.site} sites={list} site={site} onChoose={(id) => (siteId.value = id)} />
          <TextField
            label={m.create.clientName}
            value={clientName.value}
            onInput={(v) => (clientName.value = v)}
            required
          />
          <TextField
            label={m.create.clientEmail}
            type="email"
            value={clientEmail.value}
            onInput={(v) => (clientEmail.value = v)}
          />
          <div class="field">
            <label for="matter-area">{m.create.practiceArea}</label>
            <select
              id="matter-area"
              value={practiceArea.value}
              onChange={(e) => (practiceArea.value = e.currentTarget.value)}
            >
              {site.practiceAreas.map((area) => (
                <option key={area.id} value={area.id}>
                  {pickText(area.label, i18n.lang.value)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="matter-lawyer">{m.create.lawyer}</label>
            <select
              id="matter-lawyer"
              value={lawyerId.value}
              onChange={(e) => (lawyerId.value = e.currentTarget.value)}
            >
              <option value="">{m.noLawyer}</option>
              {lawyers.value.map((lawyer) => (
                <option key={lawyer.id} value={lawyer.id}>
                  {lawyer.name}
                </option>
              ))}
            </select>
          </div>
          <ProblemAlert problem={problem.value} />
          <div>
            <button type="submit" class="button button-primary" disabled={busy.value}>
              {busy.value ? t.common.saving : m.create.submit}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
