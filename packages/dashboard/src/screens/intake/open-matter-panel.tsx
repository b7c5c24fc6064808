/**
 * "Open a matter" on a retained intake (issue 17): one click makes the matter from what the client
 * already wrote. The reference and access code are shown here once, as on the New matter screen;
 * afterwards the panel links to the matter. A matter opened meanwhile by a colleague is linked too.
 */
import { useSignal } from '@preact/signals';
import { type Problem, problemTypes } from '@retainer/schema';
import type { IntakeDetail, MatterCreated } from '@retainer/schema/admin';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type OpenMatterPanelProps = { detail: IntakeDetail; onOpened: () => void };

export function OpenMatterPanel({ detail, onOpened }: OpenMatterPanelProps) {
  const t = useMessages();
  const w = t.firmWork;
  const m = t.matters.create;
  const { api, announcer } = useDashboard();
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  const created = useSignal<MatterCreated | null>(null);
  const existing = useSignal<string | null>(null);

  if (detail.state !== 'retained') return null;
  const matterId = created.value?.matter.id ?? existing.value ?? detail.matterId ?? null;

  const open = async () => {
    busy.value = true;
    problem.value = null;
    try {
      created.value = await api.matters.openFromIntake(detail.id);
      announcer.announce(w.matterOpened);
      onOpened();
    } catch (error) {
      const found = (await toApiProblem(error)).problem;
      if (found.type === problemTypes.matterExists && typeof found.matterId === 'string') {
        existing.value = found.matterId;
      }
      problem.value = found;
    } finally {
      busy.value = false;
    }
  };

  return (
    <section class="panel" aria-labelledby="open-matter-title">
      <h2 id="open-matter-title" class="panel-title">
        {w.openMatterTitle}
      </h2>
      {created.value && (
        <div role="status">
          <p>{m.handoverBody}</p>
          <dl class="handover-list">
            <div>
              <dt>{m.reference}</dt>
              <dd>
                <code class="handover-value">{created.value.matter.reference}</code>{' '}
                <CopyButton text={created.value.matter.reference} label={`${t.common.copy}: ${m.reference}`} />
              </dd>
            </div>
            <div>
              <dt>{m.code}</dt>
              <dd>
                <code class="handover-value">{created.value.accessCode}</code>{' '}
                <CopyButton text={created.value.accessCode} label={`${t.common.copy}: ${m.code}`} />
              </dd>
            </div>
          </dl>
        </div>
      )}
      <ProblemAlert problem={problem.value} />
      {matterId ? (
        <Link href={paths.matter(matterId)} class="button button-secondary">
          {w.matterLink}
        </Link>
      ) : (
        <>
          <p class="muted">{w.openMatterHint}</p>
          <button type="button" class="button button-primary" disabled={busy.value} onClick={open}>
            {busy.value ? w.openingMatter : w.openMatter}
          </button>
        </>
      )}
    </section>
  );
}
