/**
 * The survey's state and actions: read the invitation (its token is the host's `token`
 * attribute, set by the loader from the link or `Retainer('survey', token)`), take one score per
 * question and an optional comment, send once, then thank every client with the review links.
 *
 * @example
 *   const model = createSurveyModel(context);
 *   model.choose(9);
 *   await model.submit();
 *   model.status.value // 'thanks'
 */
import { signal } from '@preact/signals';
import { describeFailure, type WidgetContext } from '@retainer/core';
import type { Language, SurveyOpened, SurveyThanks } from '@retainer/schema';
import { loadSurveyMessages, type SurveyMessages } from './messages/load-messages.ts';

/** `idle`: no token; `answered`: the token had answered before (or just now, elsewhere); `closed`: dismissed. */
export type SurveyStatus =
  | 'idle'
  | 'loading'
  | 'open'
  | 'sending'
  | 'thanks'
  | 'answered'
  | 'invalid'
  | 'failed'
  | 'closed';
export type SurveyModel = ReturnType<typeof createSurveyModel>;

const tokenInvalid = (status: number) => status === 404 || status === 410 || status === 422;

/** The collector's refusal (status, `requestId` for issue 19); undefined when the network failed. */
const problemOf = async (error: unknown) => {
  const failure = await describeFailure(error).catch(() => undefined);
  return failure?.kind === 'problem' ? failure : undefined;
};

export function createSurveyModel(context: WidgetContext) {
  const { config, events, host, transport } = context;
  const status = signal<SurveyStatus>('idle');
  /** The failed answer's request id, shown for support (issue 19). */
  const requestId = signal<string | undefined>(undefined);
  const t = signal<SurveyMessages | undefined>(undefined);
  const lang = signal<Language>(context.lang);
  const survey = signal<SurveyOpened | undefined>(undefined);
  const thanks = signal<SurveyThanks | undefined>(undefined);
  const score = signal<number | undefined>(undefined);
  const lawyerScore = signal<number | undefined>(undefined);
  const comment = signal('');
  const problem = signal<'pickScore' | 'sendFailed' | undefined>(undefined);
  let token = '';

  /** Non-personal facts for journey events: the measure, and the practice area and lawyer ids when known. */
  const facts = () => {
    const s = survey.value;
    return {
      ...(s ? { measure: s.measure } : {}),
      ...(s?.practiceArea ? { practiceArea: s.practiceArea } : {}),
      ...(s?.lawyer ? { lawyer: s.lawyer.id } : {}),
    };
  };

  async function useLanguage(next: Language) {
    lang.value = next;
    t.value = await loadSurveyMessages(next);
  }

  async function open(next = host.getAttribute('token') ?? '') {
    token = next;
    score.value = undefined;
    lawyerScore.value = undefined;
    comment.value = '';
    problem.value = undefined;
    requestId.value = undefined;
    if (!token) {
      await useLanguage(context.lang);
      status.value = 'idle';
      return;
    }
    status.value = 'loading';
    try {
      // Safe to repeat (idempotent by token): the transport's retries apply.
      const opened = await transport.post<SurveyOpened>('/v1/survey/open', { site: config.site, token });
      survey.value = opened;
      thanks.value = opened;
      // The client's language from the invitation wins over the page's.
      await useLanguage(opened.lang);
      status.value = opened.state === 'answered' ? 'answered' : 'open';
      events.track('feedback', 'survey.invitation_opened', facts());
      if (opened.state === 'open') events.track('feedback', 'survey.shown', facts());
    } catch (error) {
      const refused = await problemOf(error);
      await useLanguage(context.lang);
      requestId.value = refused?.requestId;
      status.value = refused && tokenInvalid(refused.status) ? 'invalid' : 'failed';
    }
  }

  function choose(value: number) {
    score.value = value;
    problem.value = undefined;
  }

  async function submit() {
    const current = survey.value;
    if (!current || status.value === 'sending') return;
    if (score.value === undefined) {
      problem.value = 'pickScore';
      return;
    }
    problem.value = undefined;
    requestId.value = undefined;
    status.value = 'sending';
    const text = comment.value.trim();
    const body = {
      site: config.site,
      token,
      score: score.value,
      ...(text ? { comment: text } : {}),
      ...(lawyerScore.value !== undefined && current.lawyer ? { lawyerScore: lawyerScore.value } : {}),
    };
    try {
      thanks.value = await transport.post<SurveyThanks>('/v1/survey', body);
      status.value = 'thanks';
      events.track('feedback', 'survey.answered', { ...facts(), score: body.score });
      if (text) events.track('feedback', 'survey.commented', facts());
    } catch (error) {
      const refused = await problemOf(error);
      requestId.value = refused?.requestId;
      if (refused?.status === 409) status.value = 'answered';
      else if (refused?.status === 404 || refused?.status === 410) status.value = 'invalid';
      else {
        status.value = 'open';
        problem.value = 'sendFailed';
      }
    }
  }

  function followReview(label: string) {
    events.track('feedback', 'survey.review_followed', { ...facts(), link: label.slice(0, 40) });
  }

  function close() {
    status.value = 'closed';
  }

  return {
    status,
    requestId,
    t,
    lang,
    survey,
    thanks,
    score,
    lawyerScore,
    comment,
    problem,
    open,
    choose,
    submit,
    followReview,
    close,
  };
}
