/**
 * The FAQ bot's state and actions: the bot settings (fetched when the chat opens), the conversation,
 * the question being typed, whether the "talk to a person" choices show, and what each choice does
 * (journey events, intake handoff).
 *
 * @example
 *   const model = createFaqModel(context);
 *   await model.load();
 *   await model.ask('How much does a will cost?');
 *   model.items.value.at(-1) // { kind: 'answer', answer: { outcome: 'answered', matches: [...] } }
 */
import { computed, signal } from '@preact/signals';
import { newId, type WidgetContext } from '@retainer/core';
import { type FaqAnswer, maxFaqQuestionLength, type PublicFaqSettings, pickText } from '@retainer/schema';
import { askQuestion } from './ask.ts';
import { handOffQuestion } from './handoff.ts';
import { type FaqMessages, loadFaqMessages } from './messages/load-messages.ts';

export type ChatItem =
  | { kind: 'question'; id: string; text: string }
  | { kind: 'answer'; id: string; question: string; answer: FaqAnswer; chosen?: string }
  | { kind: 'notice'; id: string; text: string; requestId?: string | undefined };

export type HandoffChannel = 'intake' | 'phone' | 'email';

/**
 * "Talk to a person" with the office hours: its own chunk (issue 18), fetched when the chat opens, so an inline chat
 * nobody touched never downloads it; the floating chat, opened by the visitor, waits for it with its settings.
 */
const loadHandoffPanel = () => import('./handoff-panel.tsx');
type HandoffPanelView = Awaited<ReturnType<typeof loadHandoffPanel>>['HandoffPanel'];
export type FaqModel = ReturnType<typeof createFaqModel>;

export function createFaqModel(context: WidgetContext, clock: () => number = Date.now) {
  const { transport, events, config, journey } = context;
  const status = signal<'loading' | 'ready' | 'failed'>('loading');
  const settings = signal<PublicFaqSettings | undefined>(undefined);
  const t = signal<FaqMessages | undefined>(undefined);
  const items = signal<ChatItem[]>([]);
  const pending = signal(false);
  const error = signal<string | undefined>(undefined);
  const handoffShown = signal(false);
  const isOpen = signal(false);
  const contactPage = () => context.host.getAttribute('contact-page') ?? settings.value?.handoff.contactPage;
  const practiceArea = signal<string | undefined>(undefined);

  const greeting = computed(() => (settings.value ? pickText(settings.value.greeting, context.lang) : ''));
  const handoffPanel = signal<HandoffPanelView | undefined>(undefined);
  let handoffChunk: Promise<unknown> | undefined;
  const startHandoff = () =>
    (handoffChunk ??= loadHandoffPanel().then(
      (chunk) => (handoffPanel.value = chunk.HandoffPanel),
      () => (handoffChunk = undefined), // offline? opening or "talk to a person" tries again
    ));

  async function load() {
    status.value = 'loading';
    try {
      const [doc, messages] = await Promise.all([
        transport.get<PublicFaqSettings>(`/v1/sites/${config.site}/faq?lang=${context.lang}`),
        loadFaqMessages(context.lang),
        context.host.hasAttribute('floating') ? startHandoff() : undefined,
      ]);
      t.value = messages;
      settings.value = doc;
      status.value = 'ready';
    } catch {
      t.value ??= await loadFaqMessages(context.lang);
      status.value = 'failed';
    }
  }

  function open() {
    if (isOpen.value) return;
    isOpen.value = true;
    void startHandoff();
    events.track('contact', 'faq.opened');
  }

  function close() {
    isOpen.value = false;
  }

  async function ask(text: string): Promise<boolean> {
    const question = text.trim();
    const messages = t.value;
    if (!question || pending.value || !messages) return false;
    if (question.length > maxFaqQuestionLength) {
      error.value = messages.tooLong(maxFaqQuestionLength);
      return false;
    }
    error.value = undefined;
    const journeyId = journey.touch();
    const id = newId();
    items.value = [...items.value, { kind: 'question', id: `q-${id}`, text: question }];
    pending.value = true;
    events.track('contact', 'faq.asked');
    const result = await askQuestion(transport, {
      id,
      site: config.site,
      question,
      lang: context.lang,
      ...(journeyId ? { journey: journeyId } : {}),
    });
    pending.value = false;
    if (!result.ok) {
      const notice =
        result.reason === 'too-many'
          ? messages.tooMany
          : result.reason === 'too-long'
            ? messages.tooLong(maxFaqQuestionLength)
            : messages.failed;
      items.value = [...items.value, { kind: 'notice', id: `n-${id}`, text: notice, requestId: result.requestId }];
      return true;
    }
    const { answer } = result;
    items.value = [...items.value, { kind: 'answer', id: `a-${id}`, question, answer }];
    // "Did you mean…?": the visitor picks one (issue 20); the person stays one click away.
    if (answer.outcome === 'choices') return true;
    const top = answer.matches[0];
    if (answer.outcome === 'answered' && top) {
      practiceArea.value = top.practiceArea;
      events.track('contact', 'faq.answered', {
        entry: top.entry,
        ...(top.practiceArea ? { practiceArea: top.practiceArea } : {}),
      });
    } else {
      events.track('contact', 'faq.unanswered', answer.outcome === 'advice' ? { reason: 'advice' } : undefined);
      showHandoff();
    }
    return true;
  }

  /** The visitor picked one of the choices offered for an ask: answered with that entry, and counted so. */
  async function choose(item: Extract<ChatItem, { kind: 'answer' }>, entry: string): Promise<void> {
    const messages = t.value;
    if (pending.value || !messages || item.chosen) return;
    const id = newId();
    const journeyId = journey.touch();
    pending.value = true;
    const result = await askQuestion(transport, {
      id,
      site: config.site,
      question: item.question,
      lang: context.lang,
      ...(journeyId ? { journey: journeyId } : {}),
      chosen: { of: item.answer.id, entry },
    });
    pending.value = false;
    if (!result.ok) {
      items.value = [
        ...items.value,
        { kind: 'notice', id: `n-${id}`, text: messages.failed, requestId: result.requestId },
      ];
      return;
    }
    items.value = [
      ...items.value.map((i) => (i.id === item.id ? { ...item, chosen: entry } : i)),
      { kind: 'answer', id: `a-${id}`, question: item.question, answer: result.answer },
    ];
    const top = result.answer.matches[0];
    if (top) {
      practiceArea.value = top.practiceArea;
      events.track('contact', 'faq.answered', {
        entry: top.entry,
        ...(top.practiceArea ? { practiceArea: top.practiceArea } : {}),
      });
    }
  }

  function showHandoff() {
    handoffShown.value = true;
    void startHandoff();
  }

  /**
   * Records the chosen channel; the intake choice also takes the visitor to the form. `question` is the one the
   * visitor acted on (the button under its answer), never simply the last one asked, which may be off-topic
   * (issue 14, defect 10); it prefills the form's description, where the visitor can still edit it.
   * Without one (the general "Talk to a person" choice) the form opens empty, with the topic's practice area.
   */
  function handoff(channel: HandoffChannel, question?: string): 'page' | 'contact-page' | 'none' | 'link' {
    journey.touch();
    events.track('contact', 'faq.handoff', { channel });
    if (channel !== 'intake') return 'link';
    const where = handOffQuestion(
      context.host,
      question ?? '',
      contactPage(),
      question ? undefined : practiceArea.value,
    );
    if (where === 'page') close();
    return where;
  }

  return {
    status,
    settings,
    t,
    /** Core's messages (the support reference's label). */
    core: context.t,
    items,
    pending,
    error,
    handoffShown,
    isOpen,
    greeting,
    handoffPanel,
    /** The clock the office hours are read against (a test's fixed time). */
    clock,
    contactPage,
    load,
    open,
    close,
    ask,
    choose,
    showHandoff,
    handoff,
  };
}
