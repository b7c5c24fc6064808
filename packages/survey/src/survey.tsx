/**
 * The survey's view: the questions, then thanks with the review links for everyone. Shown as a
 * polite dialog in a corner when the loader made a floating host (`mode="dialog"`): it traps
 * focus, closes with Escape or its button and gives focus back; or inline in `<retainer-survey>`.
 */
import { type Messages, SupportReference, trapFocus, type WidgetContext } from '@retainer/core';
import { measureOfMoment, surveyScales } from '@retainer/schema';
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { SurveyMessages } from './messages/load-messages.ts';
import { createSurveyModel, type SurveyModel } from './model.ts';
import { ScoreScale } from './score-scale.tsx';
import { Thanks } from './thanks.tsx';

export function SurveyView({ context }: { context: WidgetContext }) {
  const model = useMemo(() => createSurveyModel(context), [context]);
  useEffect(() => {
    void model.open();
    // A new token on the same placement (a second `Retainer('survey', token)`): start over with it.
    const observer = new MutationObserver(() => void model.open());
    observer.observe(context.host, { attributes: true, attributeFilter: ['token'] });
    return () => observer.disconnect();
  }, [model, context.host]);

  const t = model.t.value;
  const status = model.status.value;
  const dialog = context.host.getAttribute('mode') === 'dialog';
  if (!t || status === 'closed') return null;
  if (dialog && (status === 'idle' || status === 'loading')) return null;
  const body = <SurveyBody model={model} t={t} core={context.t} />;
  if (!dialog)
    return (
      <section class="survey" lang={model.lang.value}>
        {body}
      </section>
    );
  return (
    <SurveyDialog t={t} lang={model.lang.value} onClose={model.close}>
      {body}
    </SurveyDialog>
  );
}

function SurveyBody({ model, t, core }: { model: SurveyModel; t: SurveyMessages; core: Messages }) {
  const status = model.status.value;
  const survey = model.survey.value;
  const thanks = model.thanks.value;
  if (status === 'idle') return <p class="notice">{t.noToken}</p>;
  if (status === 'loading') return <p class="hint">…</p>;
  if (status === 'invalid' || status === 'failed') {
    return (
      <div class="thanks">
        <p id="survey-title" class="notice" role="alert">
          {status === 'invalid' ? t.invalid : t.failed}
        </p>
        {status === 'failed' && <SupportReference t={core} id={model.requestId.value} />}
        {status === 'failed' && (
          <button type="button" class="button secondary" onClick={() => void model.open()}>
            {t.retry}
          </button>
        )}
      </div>
    );
  }
  if ((status === 'thanks' || status === 'answered') && thanks) {
    return <Thanks t={t} thanks={thanks} already={status === 'answered'} onReview={model.followReview} />;
  }
  if (!survey) return null;
  return <SurveyForm model={model} t={t} core={core} />;
}

function SurveyForm({ model, t, core }: { model: SurveyModel; t: SurveyMessages; core: Messages }) {
  const survey = model.survey.value;
  const heading = useRef<HTMLHeadingElement>(null);
  if (!survey) return null;
  const { measure, lawyer } = survey;
  const scale = surveyScales[measure];
  const question = measure === 'nps' ? t.questions.nps(survey.firm) : t.questions[measure];
  const sending = model.status.value === 'sending';
  const problem = model.problem.value;
  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    void model.submit();
  };
  return (
    <form onSubmit={onSubmit} noValidate data-measure={measure} data-moment={momentOf(measure)}>
      <h2 id="survey-title" tabIndex={-1} ref={heading}>
        {t.title(survey.firm)}
      </h2>
      <ScoreScale
        name="score"
        legend={question}
        min={scale.min}
        max={scale.max}
        ends={t.ends[measure]}
        value={model.score.value}
        onChoose={model.choose}
      />
      {lawyer && (
        <ScoreScale
          name="lawyer-score"
          legend={t.lawyerQuestion(lawyer.name)}
          min={1}
          max={5}
          ends={t.lawyerEnds}
          value={model.lawyerScore.value}
          onChoose={(score) => (model.lawyerScore.value = score)}
        />
      )}
      <div class="field">
        <label for="survey-comment">{t.comment}</label>
        <p id="survey-comment-hint" class="hint">
          {t.commentHint}
        </p>
        <textarea
          id="survey-comment"
          class="input"
          maxLength={2000}
          aria-describedby="survey-comment-hint"
          value={model.comment.value}
          onInput={(event) => (model.comment.value = event.currentTarget.value)}
        />
      </div>
      <p role="alert" class="error">
        {problem ? t[problem] : ''}
      </p>
      {problem === 'sendFailed' && <SupportReference t={core} id={model.requestId.value} />}
      <div class="actions">
        <button type="submit" class="button" aria-disabled={sending}>
          {sending ? t.sending : t.send}
        </button>
      </div>
    </form>
  );
}

/** For the host page's CSS and tests: which moment a measure belongs to. */
const momentOf = (measure: keyof typeof surveyScales) =>
  (Object.keys(measureOfMoment) as (keyof typeof measureOfMoment)[]).find((m) => measureOfMoment[m] === measure);

function SurveyDialog({
  t,
  lang,
  onClose,
  children,
}: {
  t: SurveyMessages;
  lang: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The page's element that had focus (the shadow host's page side), to give focus back on close.
    const previous = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>('#survey-title,h2')?.focus();
    return () => previous?.focus?.();
  }, []);

  useEffect(() => trapFocus(box.current!, onClose), [onClose]);

  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="survey-title" lang={lang} ref={box}>
      <button type="button" class="close" aria-label={t.close} onClick={onClose}>
        ×
      </button>
      {children}
    </div>
  );
}
