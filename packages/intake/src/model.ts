/**
 * The intake form's state and actions. A submission keeps one client-made id
 * from its first attempt until the server has it, so retries — automatic,
 * after the network comes back, or by the retry button — are stored once.
 *
 * @example
 *   const model = createIntakeModel(context);
 *   model.setField('name', 'Ann Lee');
 *   model.accepted.value = true;
 *   await model.submit(); // 'invalid' | 'sent' | 'pending'
 */
import { computed, type Signal, signal } from '@preact/signals';
import { describeFailure, newId, type WidgetContext, warn } from '@retainer/core';
import {
  captchaFailedProblem,
  disclaimerOutdatedProblem,
  type IntakeFieldName,
  type IntakeFields,
  type IntakeQuestion,
  type IntakeReceipt,
  type IntakeSubmission,
  type IntakeValues,
  validationProblem,
} from '@retainer/schema';
import type { ComponentChildren, ComponentType } from 'preact';
import { type FieldErrors, inFormOrder, toFieldErrors } from './field-errors.ts';
import type { IntakeMessages } from './messages/load-messages.ts';
import { cleanPrefill, clearPrefillFragment, type Prefill, readPrefillFragment } from './prefill.ts';
import { collectAnswers, emptyDraft, type PartyField, sameAnswers, type TextField } from './submission.ts';

export type { IntakeDraft, PartyField, TextField } from './submission.ts';
/** `limited`: the collector answered 429; the form says when to try again and stays editable (issue 14). */
export type IntakeStatus = 'editing' | 'sending' | 'offline' | 'sent' | 'failed' | 'limited';
export type SubmitOutcome = 'invalid' | 'sent' | 'pending';
export type IntakeModel = ReturnType<typeof createIntakeModel>;
/** The context the intake's view and model get: `t` holds the intake's own messages too. */
export type IntakeContext = WidgetContext<IntakeMessages>;

export const partyFields: readonly IntakeFieldName[] = ['adverseParties', 'relatedParties'];
export const isPartyField = (name: IntakeFieldName): name is PartyField => partyFields.includes(name);

/** The validator is its own chunk, fetched on the first interaction. */
const loadValidator = () => import('./validate.ts');
/** The condition rules and the questions' view (issue 17): their own chunk, see `conditions.ts`. */
const loadRules = () => import('./conditions.ts');
type Rules = Awaited<ReturnType<typeof loadRules>>;
/** The human check (issue 9): its own chunk, fetched on the first interaction and only on sites that ask for one. */
const loadCaptcha = () => import('./captcha.tsx');

/** The human check's state, shared by the model and the check's lazy view (`captcha.tsx`). */
export type CaptchaState = {
  /** The provider's token once the visitor passed; cleared when it expires or the collector refuses it. */
  token: Signal<string | undefined>;
  /** Why the check stops a submit: not done, refused by the collector (do it again), its chunk did not load. */
  problem: Signal<'' | 'required' | 'refused' | 'unloaded'>;
  view: Signal<
    ComponentType<{ context: WidgetContext; captcha: CaptchaState; contact: ComponentChildren }> | undefined
  >;
  /** Set by the view: asks the provider for a new token. */
  reset?: () => void;
};

export type IntakeModelOptions = {
  /** Delay before retrying a send while the collector is unreachable but the browser says it is online. */
  unreachableRetryMs?: (attempt: number) => number;
};

const trimmed = (answers: Record<string, string>) =>
  Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, value.trim()]));

export function createIntakeModel(context: IntakeContext, options: IntakeModelOptions = {}) {
  const { site, transport, events, journey } = context;
  const shownAt = Date.now();
  const draft = signal(emptyDraft());
  const accepted = signal(false);
  /** The honeypot: people never see it. */
  const website = signal('');
  const status = signal<IntakeStatus>('editing');
  const errors = signal<FieldErrors>({});
  const receipt = signal<IntakeReceipt | undefined>(undefined);
  const online = signal(typeof navigator === 'undefined' || navigator.onLine !== false);
  /** After a 429: whole minutes until the collector takes another request (from Retry-After). */
  const retryMinutes = signal(1);
  /** The failed answer's request id, shown for support (issue 19). */
  const requestId = signal<string | undefined>(undefined);
  /** What the screen reader hears next through the live region. */
  const announcement = signal('');
  let started = false;
  let busy = false;
  let pending: IntakeSubmission | undefined;
  let validator: ReturnType<typeof loadValidator> | undefined;
  let wakeUp: (() => void) | undefined;
  let disposed = false;
  const captcha: CaptchaState = { token: signal(undefined), problem: signal(''), view: signal(undefined) };
  let captchaChunk: Promise<unknown> | undefined;

  function startCaptcha() {
    if (!site.intake.captcha || captchaChunk) return;
    captchaChunk = loadCaptcha().then(
      (chunk) => {
        captcha.view.value = chunk.CaptchaCheck;
        if (captcha.problem.value === 'unloaded') captcha.problem.value = 'required';
      },
      () => {
        captchaChunk = undefined; // offline? the next submit tries again
        captcha.problem.value = 'unloaded';
      },
    );
  }

  const shownFields = site.intake.fields.map((field) => field.name);
  /** The firm's own questions (issue 17): answers by question id; which are shown follows the answers live. */
  const questions = site.intake.questions ?? [];
  const answers = signal<Record<string, string>>({});
  /** The rules' chunk once loaded; until then the site's own required fields hold and no question shows. */
  const rules = signal<Rules | undefined>(undefined);
  let rulesChunk: Promise<Rules | undefined> | undefined;
  function startRules() {
    rulesChunk ??= loadRules().then(
      (chunk) => (rules.value = chunk),
      () => (rulesChunk = undefined), // offline? the next input or submit tries again
    );
    return rulesChunk;
  }
  if (questions.length > 0) void startRules();
  const values = computed((): IntakeValues => ({ fields: draft.value, answers: answers.value }));
  const visibleQuestions = computed((): IntakeQuestion[] => {
    const loaded = rules.value;
    if (!loaded) return [];
    const shown = loaded.shownAnswers(questions, values.value);
    return questions.filter((q) => loaded.isVisible(q, { fields: draft.value, answers: shown }));
  });
  /** Built-in names and question ids that must be filled now: "Phone" as contact method makes the phone required. */
  const required = computed(
    () =>
      new Set<string>(
        rules.value?.requiredFields(site, values.value) ??
          site.intake.fields.filter((f) => f.required).map((f) => f.name),
      ),
  );
  /** The lawyer chosen in the directory, if the visitor came from there. */
  const lawyer = signal<{ id: string; name: string } | undefined>(undefined);

  /** Fills what the directory handed over; a practice area the form does not offer is ignored. */
  function prefill({ lawyer: id, lawyerName, practiceArea, description }: Prefill) {
    if (locked.value || status.value === 'sent') return;
    if (id) lawyer.value = { id, name: lawyerName ?? '' };
    // The FAQ bot's question starts the story; never over what the visitor already wrote.
    if (description && shownFields.includes('description') && !draft.value.description) {
      draft.value = { ...draft.value, description };
    }
    const offered = site.practiceAreas.some((area) => area.id === practiceArea);
    if (practiceArea && offered && shownFields.includes('practiceArea')) {
      draft.value = { ...draft.value, practiceArea };
      clearError('practiceArea');
    }
  }

  function start() {
    if (started) return;
    started = true;
    journey.touch();
    events.track('contact', 'intake.started');
    validator ??= loadValidator();
    void startRules();
    startCaptcha();
  }

  function clearError(path: string) {
    if (!(path in errors.value)) return;
    const { [path]: _, ...rest } = errors.value;
    errors.value = rest;
  }

  /** While a submission is on its way the answers stay as sent. */
  const locked = computed(() => status.value === 'sending' || status.value === 'offline');

  function setField(name: TextField, value: string) {
    if (locked.value) return;
    start();
    draft.value = { ...draft.value, [name]: value };
    clearError(name);
    clearHiddenErrors();
  }

  function setAnswer(id: string, value: string) {
    if (locked.value) return;
    start();
    answers.value = { ...answers.value, [id]: value };
    clearError(`answers.${id}`);
    clearHiddenErrors();
  }

  /** A question that went away takes its error with it; the phone's "required" goes when the method changes. */
  function clearHiddenErrors() {
    const shown = new Set(visibleQuestions.value.map((q) => `answers.${q.id}`));
    const kept = Object.entries(errors.value).filter(
      ([path, code]) =>
        (!path.startsWith('answers.') || shown.has(path)) &&
        !(code === 'required' && path === 'phone' && !required.value.has('phone')),
    );
    if (kept.length !== Object.keys(errors.value).length) errors.value = Object.fromEntries(kept);
  }

  function setParty(name: PartyField, index: number, value: string) {
    if (locked.value) return;
    start();
    draft.value = { ...draft.value, [name]: draft.value[name].map((old, i) => (i === index ? value : old)) };
    clearError(`${name}.${index}`);
    clearError(name);
  }

  function addParty(name: PartyField) {
    if (locked.value) return;
    start();
    draft.value = { ...draft.value, [name]: [...draft.value[name], ''] };
  }

  function removeParty(name: PartyField, index: number) {
    if (locked.value) return;
    const list = draft.value[name].filter((_, i) => i !== index);
    draft.value = { ...draft.value, [name]: list.length > 0 ? list : [''] };
    errors.value = Object.fromEntries(Object.entries(errors.value).filter(([path]) => !path.startsWith(`${name}.`)));
  }

  function setAccepted(value: boolean) {
    if (locked.value) return;
    start();
    accepted.value = value;
    clearError('disclaimer');
  }

  /** Same answers as the pending submission → the same submission (same id), else a new one. */
  function submissionFor(fields: IntakeFields): IntakeSubmission {
    // Only the questions shown are answered: the collector refuses an answer to a hidden one.
    const shown = rules.value?.shownAnswers(questions, { fields, answers: trimmed(answers.value) }) ?? {};
    const given = Object.entries(shown);
    const body: Omit<IntakeSubmission, 'id' | 'fillMs'> = {
      site: context.config.site,
      lang: context.lang,
      fields,
      ...(given.length > 0 ? { answers: Object.fromEntries(given) } : {}),
      disclaimer: { version: site.intake.disclaimer.version, accepted: true },
      ...(website.value ? { website: website.value } : {}),
    };
    const journeyId = journey.id();
    if (journeyId) body.journey = journeyId;
    if (lawyer.value) body.lawyer = lawyer.value.id;
    if (pending && sameAnswers(pending, body)) return pending;
    return { id: newId(), ...body, fillMs: 0 };
  }

  async function submit(): Promise<SubmitOutcome> {
    if (busy || status.value === 'sent') return 'pending';
    busy = true;
    try {
      start();
      const fields = collectAnswers(draft.value, shownFields);
      await startRules();
      let found: FieldErrors = {};
      try {
        validator ??= loadValidator();
        const { findIssues } = await validator;
        found = toFieldErrors(findIssues(site, submissionFor(fields)));
      } catch {
        validator = undefined; // the chunk did not load (offline?): the collector validates anyway
      }
      if (!accepted.value) found = { ...found, disclaimer: 'required' };
      // The check's own view says what is wrong with it (in an alert), beside any field errors.
      const unchecked = site.intake.captcha && !captcha.token.value;
      if (unchecked) {
        captcha.problem.value = 'required';
        startCaptcha();
      }
      if (Object.keys(found).length > 0) {
        errors.value = inFormOrder(found, shownFields);
        announce(context.t.errorSummary(Object.keys(found).length));
        return 'invalid';
      }
      if (unchecked) return 'invalid';
      errors.value = {};
      pending = submissionFor(fields);
      return await send();
    } finally {
      busy = false;
    }
  }

  async function send(): Promise<SubmitOutcome> {
    const submission = pending;
    if (!submission) return 'pending';
    status.value = 'sending';
    announce(context.t.intake.sending);
    if (submission.fillMs === 0) {
      // Faster than a person usually is: wait out the rest instead of refusing them. A loop: a timer
      // may fire a millisecond early by the clock, and the collector would then call it too fast.
      for (let left = site.intake.minFillMs - (Date.now() - shownAt); left > 0; ) {
        await new Promise((resolve) => setTimeout(resolve, left));
        left = site.intake.minFillMs - (Date.now() - shownAt);
      }
      submission.fillMs = Math.max(1, Date.now() - shownAt);
    }
    // The latest token: a retry after the collector refused one carries the new one (same id, same answers).
    if (site.intake.captcha) submission.captcha = captcha.token.value;
    try {
      const answer = await transport.post<IntakeReceipt>('/v1/intake', submission);
      pending = undefined;
      receipt.value = answer;
      status.value = 'sent';
      // Non-personal facts only: the practice area, the lawyer's id, and the referral's category (issue 8). The
      // categoriser lives in the validation chunk (loaded before any submit), so the page-load bytes do not carry it.
      validator ??= loadValidator();
      const categorise = await validator.then((m) => m.referralSource).catch(() => undefined);
      const source = categorise?.(submission.fields.referral);
      events.track('contact', 'intake.submitted', {
        ...(submission.fields.practiceArea ? { practiceArea: submission.fields.practiceArea } : {}),
        ...(submission.lawyer ? { lawyer: submission.lawyer } : {}),
        ...(source ? { source } : {}),
      });
      context.emit('retainer:submit', { widget: 'intake', site: context.config.site, reference: answer.reference });
      return 'sent';
    } catch (error) {
      return await failed(error);
    }
  }

  async function failed(error: unknown): Promise<SubmitOutcome> {
    const failure = await describeFailure(error).catch(() => undefined);
    requestId.value = failure?.kind === 'problem' ? failure.requestId : undefined;
    if (failure?.kind === 'network') {
      status.value = 'offline';
      announce(online.value ? context.t.intake.unreachable : context.t.intake.offline);
      return await waitAndResend();
    }
    const serverErrors = failure?.type === validationProblem ? toFieldErrors(failure.errors) : {};
    if (Object.keys(serverErrors).length > 0) {
      pending = undefined;
      errors.value = inFormOrder(serverErrors, shownFields);
      status.value = 'editing';
      announce(context.t.errorSummary(Object.keys(errors.value).length));
      return 'invalid';
    }
    if (failure?.type === captchaFailedProblem) {
      // Used, expired or refused: the visitor does the check again; the answers and the id stay.
      captcha.token.value = undefined;
      captcha.problem.value = 'refused';
      captcha.reset?.();
      status.value = 'editing';
      return 'invalid';
    }
    if (failure?.status === 429) {
      // Said at once, with when to try again; the answers and the submission's id stay for that try.
      retryMinutes.value = Math.max(1, Math.ceil((failure.retryAfter ?? 60) / 60));
      status.value = 'limited';
      announce(context.t.intake.limited(retryMinutes.value));
      return 'pending';
    }
    if (failure?.type === disclaimerOutdatedProblem) {
      pending = undefined;
      accepted.value = false;
      errors.value = { disclaimer: 'disclaimer_outdated' };
      status.value = 'editing';
      announce(context.t.errors.disclaimer_outdated);
      return 'invalid';
    }
    // Often a setup matter (the page's origin not allowed for the site, an old disclaimer): say so to the web admin.
    warn(
      `intake: the collector did not accept the request (${failure ? `${failure.status} ${failure.type}` : String(error)})`,
    );
    status.value = 'failed';
    announce(context.t.intake.failedTitle);
    return 'pending';
  }

  /** Offline: resend when the browser is back online; unreachable while online: retry on a growing timer. */
  let unreachableAttempts = 0;
  async function waitAndResend(): Promise<SubmitOutcome> {
    const delay = options.unreachableRetryMs ?? ((attempt: number) => Math.min(60_000, 5000 * 2 ** attempt));
    await new Promise<void>((resolve) => {
      wakeUp = resolve;
      if (online.value) setTimeout(resolve, delay(unreachableAttempts++));
    });
    wakeUp = undefined;
    if (disposed || status.value !== 'offline') return 'pending';
    return await send();
  }

  /** The retry button: the same submission, the same id. */
  function retry() {
    if ((status.value !== 'failed' && status.value !== 'limited') || busy) return;
    busy = true;
    void send().finally(() => {
      busy = false;
    });
  }

  function announce(text: string) {
    if (announcement.value !== text) {
      announcement.value = text;
      return;
    }
    // The same words again: clear first, or screen readers stay silent.
    announcement.value = '';
    setTimeout(() => {
      announcement.value = text;
    }, 50);
  }

  const onOnline = () => {
    online.value = true;
    wakeUp?.();
  };
  const onOffline = () => {
    online.value = false;
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  const onPrefill = (event: Event) => prefill(cleanPrefill((event as CustomEvent).detail));
  document.addEventListener('retainer:prefill', onPrefill);
  prefill(readPrefillFragment(window.location.hash));
  clearPrefillFragment(window.location, window.history);

  return {
    draft,
    answers,
    rules,
    visibleQuestions,
    required,
    accepted,
    website,
    status,
    errors,
    receipt,
    online,
    retryMinutes,
    requestId,
    announcement,
    lawyer,
    locked,
    captcha,
    errorCount: computed(() => Object.keys(errors.value).length),
    setField,
    setAnswer,
    setParty,
    addParty,
    removeParty,
    setAccepted,
    prefill,
    submit,
    retry,
    dispose() {
      disposed = true;
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      document.removeEventListener('retainer:prefill', onPrefill);
    },
  };
}
