/**
 * Setting up an authenticator (issue 17): a new secret as a QR code, as text and as its otpauth link,
 * then the first code from the app to turn it on, then the recovery codes, shown once.
 * Used by the Security screen and by the set-up a firm requirement forces at sign-in.
 */
import { useSignal } from '@preact/signals';
import { type Problem, problemTypes } from '@retainer/schema';
import type { TwoFactorEnrolment, TwoFactorStatus } from '@retainer/schema/admin';
import { useEffect, useRef } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { CodeInput, isTotpCode } from './code-input.tsx';
import { QrCode } from './qr-code.tsx';
import { RecoveryCodesPanel } from './recovery-codes-panel.tsx';

type Props = {
  /** A set-up started already (moving to a new app asks for the password or a code first). */
  initial?: TwoFactorEnrolment | undefined;
  /** After the recovery codes were seen. */
  onDone: (status: TwoFactorStatus) => void;
  onCancel?: () => void;
};

/** `JBSW Y3DP …`: groups of four read and type more easily. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export function Enrolment({ initial, onDone, onCancel }: Props) {
  const t = useMessages();
  const m = t.security;
  const { api, announcer } = useDashboard();
  const enrolment = useSignal<TwoFactorEnrolment | null>(initial ?? null);
  const code = useSignal('');
  const codeError = useSignal<string | undefined>(undefined);
  const problem = useSignal<Problem | null>(null);
  const busy = useSignal(false);
  const done = useSignal<{ codes: string[]; status: TwoFactorStatus } | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  const start = async () => {
    problem.value = null;
    try {
      enrolment.value = await api.twoFactor.startEnrolment();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    if (!initial) void start();
  }, []);
  useEffect(() => {
    if (enrolment.value) stepHeading.current?.focus();
  }, [enrolment.value]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    problem.value = null;
    if (!isTotpCode(code.value)) {
      codeError.value = m.invalidFormat;
      return;
    }
    codeError.value = undefined;
    busy.value = true;
    try {
      const answer = await api.twoFactor.confirmEnrolment(code.value.replace(/\s/g, ''));
      done.value = { codes: answer.recoveryCodes, status: answer.status };
      announcer.announce(m.turnedOn);
    } catch (error) {
      const { problem: answer } = await toApiProblem(error);
      if (answer.type === problemTypes.invalidCode) codeError.value = m.invalidCode;
      else problem.value = answer;
      code.value = '';
    } finally {
      busy.value = false;
    }
  };

  if (done.value) {
    const { codes, status } = done.value;
    return <RecoveryCodesPanel codes={codes} onDone={() => onDone(status)} />;
  }
  const current = enrolment.value;
  if (!current) {
    return (
      <div class="panel">
        {problem.value ? <ProblemAlert problem={problem.value} onRetry={start} /> : <Loading label={m.starting} />}
      </div>
    );
  }
  return (
    <section class="panel enrolment" aria-labelledby="enrolment-step-1">
      <h2 id="enrolment-step-1" class="panel-title" tabIndex={-1} ref={stepHeading}>
        {m.step1}
      </h2>
      <p class="field-hint">{m.step1Hint}</p>
      <div class="enrolment-key">
        <QrCode text={current.uri} label={m.qrLabel} />
        <div class="enrolment-secret">
          <p>{m.cannotScan}</p>
          <p class="secret-text">
            <span class="visually-hidden">{m.secretLabel}: </span>
            <code>{grouped(current.secret)}</code>
          </p>
          <div class="button-row">
            <CopyButton text={current.secret} label={m.copySecret} caption={m.copySecret} />
            <CopyButton text={current.uri} label={m.copyUri} caption={m.copyUri} />
          </div>
          <details class="enrolment-uri">
            <summary>{m.uriLabel}</summary>
            <code>{current.uri}</code>
          </details>
        </div>
      </div>
      <form class="form" onSubmit={onSubmit} noValidate>
        <h2 class="panel-title">{m.step2}</h2>
        <ProblemAlert problem={problem.value} />
        <CodeInput label={m.code} hint={m.codeHint} value={code} error={codeError.value} />
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={busy.value}>
            {busy.value ? m.confirming : m.confirm}
          </button>
          {onCancel && (
            <button type="button" class="button button-quiet" onClick={onCancel}>
              {m.cancel}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
