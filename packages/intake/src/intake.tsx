/**
 * The intake form: the site's fields in its order, the firm's disclaimer with
 * a required tick, a honeypot, and the states editing → sending → (offline) →
 * sent or failed. Everything it does goes through the model.
 */

import { usePaintStep } from '@retainer/core';
import { pickText } from '@retainer/schema';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import {
  ContactMethodChoice,
  ErrorMessage,
  errorText,
  isWideField,
  PartyList,
  PracticeAreaSelect,
  TextInput,
} from './fields.tsx';
import { createIntakeModel, type IntakeContext, type IntakeModel, isPartyField } from './model.ts';
import { Confirmation, ContactOptions, ErrorSummary, FailureNotice } from './outcome.tsx';

export function IntakeView({ context }: { context: IntakeContext }) {
  const model = useMemo(() => createIntakeModel(context), [context]);
  useEffect(() => model.dispose, [model]);
  const receipt = model.receipt.value;
  return (
    <div class="intake" part="intake">
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {model.announcement.value}
      </div>
      {model.status.value === 'sent' && receipt ? (
        <Confirmation receipt={receipt} site={context.site} t={context.t} />
      ) : (
        <IntakeForm context={context} model={model} />
      )}
    </div>
  );
}

function IntakeForm({ context, model }: { context: IntakeContext; model: IntakeModel }) {
  const { site, t, lang } = context;
  const form = useRef<HTMLFormElement>(null);
  // The first render in three frames: the fields before the first wide one, the rest of the fields, the
  // disclaimer and what follows (issue 18). Rendered, not only hidden: building the whole form's DOM in one task was
  // itself most of a long task with the CPU slowed 4×; what comes later appears below what is shown, in the space the
  // loader reserved, so nothing moves.
  const paintStep = usePaintStep(2);
  const firstWide = site.intake.fields.findIndex(({ name }) => isWideField(name));
  const fields = paintStep === 0 && firstWide >= 0 ? site.intake.fields.slice(0, firstWide) : site.intake.fields;
  const complete = paintStep === undefined;
  const status = model.status.value;
  const errors = model.errors.value;
  const disclaimerError = errorText(t, errors.disclaimer, 'disclaimer');
  const Captcha = model.captcha.view.value;
  const QuestionField = model.rules.value?.QuestionField;
  const contact = <ContactOptions site={site} t={t} />;
  const labels: Record<string, string> = { ...t.intake.labels };
  for (const question of site.intake.questions ?? []) labels[`answers.${question.id}`] = pickText(question.label, lang);

  async function onSubmit(event: Event) {
    event.preventDefault();
    const outcome = await model.submit();
    // Focus goes to the first field that needs attention, in the order the form shows them.
    if (outcome === 'invalid') form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  return (
    <form
      ref={form}
      class="form"
      part="form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="intake-title"
      data-paint-step={paintStep}
    >
      <h2 id="intake-title" part="title">
        {t.intake.title}
      </h2>
      {model.lawyer.value?.name && (
        <p class="notice" part="lawyer">
          {t.intake.contacting(model.lawyer.value.name)}
        </p>
      )}
      <p class="hint">{t.requiredNote}</p>
      {model.errorCount.value > 0 && <ErrorSummary errors={errors} labels={labels} t={t} />}

      {fields.map(({ name }) => {
        const props = { name, required: model.required.value.has(name), model, t, key: name };
        if (isPartyField(name)) return <PartyList {...props} name={name} />;
        if (name === 'contactMethod') return <ContactMethodChoice {...props} />;
        if (name === 'practiceArea') return <PracticeAreaSelect {...props} areas={site.practiceAreas} lang={lang} />;
        return <TextInput {...props} name={name} />;
      })}
      {paintStep !== 0 &&
        QuestionField &&
        model.visibleQuestions.value.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            model={model}
            t={t}
            lang={lang}
            error={errorText(t, errors[`answers.${question.id}`])}
          />
        ))}

      {complete && (
        <>
          <div class="hp" aria-hidden="true">
            <label for="f-website">{t.intake.honeypot}</label>
            <input
              id="f-website"
              name="website"
              type="text"
              tabIndex={-1}
              autocomplete="off"
              value={model.website.value}
              onInput={(event) => {
                model.website.value = event.currentTarget.value;
              }}
            />
          </div>

          <section class="disclaimer" part="disclaimer" aria-labelledby="disclaimer-title">
            <h3 id="disclaimer-title">{t.intake.disclaimerTitle}</h3>
            <div class="disclaimer-text" id="disclaimer-text">
              {pickText(site.intake.disclaimer.text, lang)
                .split(/\n\s*\n/)
                .map((paragraph) => (
                  <p key={paragraph}>{paragraph}</p>
                ))}
            </div>
            <ErrorMessage id="f-disclaimer" text={disclaimerError} />
            <label class="check">
              <input
                id="f-disclaimer"
                type="checkbox"
                required
                aria-required="true"
                aria-invalid={disclaimerError ? 'true' : undefined}
                aria-describedby={disclaimerError ? 'f-disclaimer-error' : undefined}
                checked={model.accepted.value}
                onChange={(event) => model.setAccepted(event.currentTarget.checked)}
              />
              <span>
                {t.intake.disclaimerAccept}
                <span class="required" aria-hidden="true">
                  {' '}
                  *
                </span>
              </span>
            </label>
          </section>

          {Captcha ? (
            <Captcha context={context} captcha={model.captcha} contact={contact} />
          ) : (
            // The human check's own chunk did not load (issue 9): the answers stay; say how else to reach the firm.
            model.captcha.problem.value === 'unloaded' && (
              <div class="notice" role="alert">
                <p>{t.intake.failedBody}</p>
                {contact}
              </div>
            )
          )}

          {status === 'offline' && (
            <p class="notice" part="offline">
              {model.online.value ? t.intake.unreachable : t.intake.offline}
            </p>
          )}
          {status === 'failed' || status === 'limited' ? (
            <FailureNotice
              site={site}
              t={t}
              onRetry={model.retry}
              requestId={model.requestId.value}
              {...(status === 'limited'
                ? { title: t.intake.limitedTitle, body: t.intake.limited(model.retryMinutes.value) }
                : {})}
            />
          ) : (
            <div class="actions">
              <button
                type="submit"
                class="button"
                part="submit"
                aria-disabled={model.locked.value ? 'true' : undefined}
              >
                {model.locked.value ? t.intake.sending : t.intake.submit}
              </button>
            </div>
          )}
        </>
      )}
    </form>
  );
}
