/** Admins: require two-factor sign-in of every member (they must use it themselves first). */
import { useSignal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { TwoFactorStatus } from '@retainer/schema/admin';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type Props = { status: TwoFactorStatus; onChange: (status: TwoFactorStatus) => void };

export function FirmRequirement({ status, onChange }: Props) {
  const t = useMessages();
  const m = t.security;
  const { api, announcer } = useDashboard();
  const required = useSignal(status.firmRequires);
  const busy = useSignal(false);
  const problem = useSignal<Problem | null>(null);
  // Turning it on needs the admin's own; turning it off never does.
  const blocked = !status.enabled && !status.firmRequires;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    busy.value = true;
    problem.value = null;
    try {
      const next = await api.twoFactor.setFirmRequirement(required.value);
      onChange(next);
      announcer.announce(m.firmSaved(next.firmRequires));
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      busy.value = false;
    }
  };

  return (
    <section class="panel" aria-labelledby="firm-two-factor-title">
      <h2 id="firm-two-factor-title" class="panel-title">
        {m.firmTitle}
      </h2>
      <form class="form" onSubmit={onSubmit} noValidate>
        <ProblemAlert problem={problem.value} />
        <div class="checkbox-field">
          <input
            id="firm-two-factor"
            type="checkbox"
            checked={required.value}
            disabled={blocked}
            aria-describedby="firm-two-factor-hint"
            onChange={(event) => {
              required.value = event.currentTarget.checked;
            }}
          />
          <label for="firm-two-factor">{m.firmRequire}</label>
        </div>
        <p class="field-hint" id="firm-two-factor-hint">
          {blocked ? m.firmNeedsOwn : m.firmHint}
        </p>
        <button
          type="submit"
          class="button button-secondary"
          disabled={busy.value || blocked || required.value === status.firmRequires}
        >
          {busy.value ? t.common.saving : t.common.save}
        </button>
      </form>
    </section>
  );
}
