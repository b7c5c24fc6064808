/**
 * Security (`/dashboard/settings/security`, issue 17): my two-factor sign-in — set it up, new recovery
 * codes, turn it off — and, for admins, whether the whole firm must use it.
 */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { TwoFactorEnrolment, TwoFactorStatus } from '@retainer/schema/admin';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDate } from '../../format/date.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { ConfirmIdentity } from './confirm-identity.tsx';
import { Enrolment } from './enrolment.tsx';
import { FirmRequirement } from './firm-requirement.tsx';
import { RecoveryCodesPanel } from './recovery-codes-panel.tsx';

type Mode =
  | { kind: 'view' }
  | { kind: 'enrol'; started?: TwoFactorEnrolment }
  | { kind: 'move' }
  | { kind: 'renew' }
  | { kind: 'disable' }
  | { kind: 'codes'; codes: string[] };

export function SecurityScreen() {
  const t = useMessages();
  const m = t.security;
  const { api, announcer, session, i18n } = useDashboard();
  const status = useSignal<TwoFactorStatus | null>(null);
  const problem = useSignal<Problem | null>(null);
  const mode = useSignal<Mode>({ kind: 'view' });
  const isAdmin = session.session.value?.user.role === 'admin';

  const load = async () => {
    problem.value = null;
    try {
      status.value = await api.twoFactor.status();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const current = status.value;
  const view = () => {
    mode.value = { kind: 'view' };
  };
  let body: ComponentChildren;
  if (!current) {
    body = problem.value ? <ProblemAlert problem={problem.value} onRetry={load} /> : <Loading />;
  } else if (mode.value.kind === 'enrol') {
    body = (
      <Enrolment
        initial={mode.value.started}
        onDone={(next) => {
          status.value = next;
          view();
        }}
        onCancel={view}
      />
    );
  } else if (mode.value.kind === 'move') {
    body = (
      <ConfirmIdentity
        title={m.moveApp}
        hint={m.moveAppHint}
        action={m.continue}
        onCancel={view}
        onConfirm={async (proof) => {
          mode.value = { kind: 'enrol', started: await api.twoFactor.startEnrolment(proof) };
        }}
      />
    );
  } else if (mode.value.kind === 'codes') {
    body = <RecoveryCodesPanel codes={mode.value.codes} onDone={view} />;
  } else if (mode.value.kind === 'renew') {
    body = (
      <ConfirmIdentity
        title={m.newCodes}
        hint={m.newCodesHint}
        action={m.newCodes}
        onCancel={view}
        onConfirm={async (proof) => {
          const answer = await api.twoFactor.renewRecoveryCodes(proof);
          status.value = answer.status;
          mode.value = { kind: 'codes', codes: answer.recoveryCodes };
        }}
      />
    );
  } else if (mode.value.kind === 'disable') {
    body = (
      <ConfirmIdentity
        title={m.turnOff}
        hint={m.turnOffHint}
        action={m.turnOff}
        danger
        onCancel={view}
        onConfirm={async (proof) => {
          status.value = await api.twoFactor.disable(proof);
          view();
          announcer.announce(m.turnedOff);
        }}
      />
    );
  } else {
    body = (
      <section class="panel two-factor-status" aria-labelledby="two-factor-state">
        <h2 id="two-factor-state" class="panel-title">
          <span class={`state-dot ${current.enabled ? 'state-dot-on' : 'state-dot-off'}`} aria-hidden="true" />
          {current.enabled ? m.on : m.off}
        </h2>
        {current.enabled ? (
          <>
            {current.enabledAt !== null && <p>{m.since(formatDate(current.enabledAt, i18n.lang.value))}</p>}
            <p>{m.codesLeft(current.recoveryCodesLeft)}</p>
            {current.recoveryCodesLeft <= 3 && <p class="alert alert-warning">{m.codesLow}</p>}
            {current.firmRequires && <p class="field-hint">{m.requiredNoOff}</p>}
            <div class="button-row">
              <button type="button" class="button button-secondary" onClick={() => (mode.value = { kind: 'renew' })}>
                {m.newCodes}
              </button>
              <button type="button" class="button button-secondary" onClick={() => (mode.value = { kind: 'move' })}>
                {m.moveApp}
              </button>
              {!current.firmRequires && (
                <button
                  type="button"
                  class="button button-danger-quiet"
                  onClick={() => (mode.value = { kind: 'disable' })}
                >
                  {m.turnOff}
                </button>
              )}
            </div>
          </>
        ) : (
          <>
            <p>{m.offHint}</p>
            <button type="button" class="button button-primary" onClick={() => (mode.value = { kind: 'enrol' })}>
              {m.setUp}
            </button>
          </>
        )}
      </section>
    );
  }

  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      {body}
      {isAdmin && current && mode.value.kind === 'view' && (
        <FirmRequirement
          status={current}
          onChange={(next) => {
            status.value = next;
          }}
        />
      )}
    </>
  );
}
