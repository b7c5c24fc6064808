/**
 * The conversation: greeting, the always-visible disclosure, questions and answers (each answer with
 * its source link and related questions) in a live region, the question box and the handoff choices.
 */
import { type Messages, SupportReference } from '@retainer/core';
import type { FaqMatch } from '@retainer/schema';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Linkified } from './linkify.tsx';
import type { FaqMessages } from './messages/en.ts';
import type { ChatItem, FaqModel } from './model.ts';

type Props = { model: FaqModel; lang: 'en' | 'ru' | 'zh'; dialog: boolean; onClose?: () => void };

export function ChatPanel({ model, lang, dialog, onClose }: Props) {
  const t = model.t.value as FaqMessages;
  const [draft, setDraft] = useState('');
  const log = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const items = model.items.value;
  const pending = model.pending.value;
  const suggestions = model.settings.value?.suggestions ?? [];
  const HandoffPanel = model.handoffPanel.value;

  useEffect(() => {
    // The newest question at the top of the log, so a long answer is read from its start.
    const el = log.current;
    const asked = el?.querySelectorAll<HTMLElement>('.visitor');
    const last = asked?.[asked.length - 1];
    if (el) el.scrollTop = last ? last.offsetTop - 4 : el.scrollHeight;
  }, [items.length, pending, model.handoffShown.value]);

  const send = async (text: string) => {
    if (await model.ask(text)) setDraft('');
    input.current?.focus();
  };
  // The chosen button is disabled afterwards: focus goes back to the question box, like after sending.
  const choose = async (item: Extract<ChatItem, { kind: 'answer' }>, entry: string) => {
    await model.choose(item, entry);
    input.current?.focus();
  };

  const content = (
    <>
      <div class="head">
        <h2 id="faq-title">{t.title}</h2>
        {dialog && (
          <button type="button" class="close" aria-label={t.close} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <p id="faq-disclosure" class="disclosure" part="disclosure">
        {t.disclosure}
      </p>
      <div class="log" ref={log} role="log" aria-live="polite" aria-relevant="additions" aria-label={t.title}>
        <p class="bot message">{model.greeting.value}</p>
        {items.length === 0 && suggestions.length > 0 && (
          <div class="suggestions">
            <p class="hint">{t.suggestions}</p>
            <ul>
              {suggestions.map((s) => (
                <li key={s.entry}>
                  <button type="button" class="chip" onClick={() => void send(s.question)}>
                    {s.question}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {items.map((item) => (
          <Item
            key={item.id}
            item={item}
            t={t}
            core={model.core}
            onAsk={(q) => void send(q)}
            onChoose={choose}
            onHandOff={model.settings.value?.handoff.intake ? (q) => model.handoff('intake', q) : undefined}
          />
        ))}
        {pending && <p class="bot message hint">{t.thinking}</p>}
        {model.handoffShown.value && HandoffPanel && <HandoffPanel model={model} lang={lang} />}
      </div>
      <form
        class="ask"
        onSubmit={(event) => {
          event.preventDefault();
          void send(draft);
        }}
      >
        <label for="faq-question" class="visually-hidden">
          {t.label}
        </label>
        <input
          id="faq-question"
          ref={input}
          class="input"
          type="text"
          autocomplete="off"
          enterkeyhint="send"
          placeholder={t.placeholder}
          value={draft}
          aria-invalid={model.error.value ? 'true' : undefined}
          aria-describedby={model.error.value ? 'faq-error' : undefined}
          onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button" aria-disabled={pending ? 'true' : undefined}>
          {t.send}
        </button>
      </form>
      {model.error.value && (
        <p id="faq-error" class="error" role="alert">
          {model.error.value}
        </p>
      )}
      {!(model.handoffShown.value && HandoffPanel) && (
        <button type="button" class="link" onClick={model.showHandoff}>
          {t.talkToPerson}
        </button>
      )}
    </>
  );
  return dialog ? (
    <div
      class="panel dialog"
      part="panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="faq-title"
      aria-describedby="faq-disclosure"
    >
      {content}
    </div>
  ) : (
    <section class="panel" part="panel" aria-labelledby="faq-title" aria-describedby="faq-disclosure">
      {content}
    </section>
  );
}

type ItemProps = {
  item: ChatItem;
  t: FaqMessages;
  core: Messages;
  onAsk: (q: string) => void;
  /** Hands this answer's own question to the intake form (issue 14, defect 10); absent when the site has no form. */
  onHandOff: ((question: string) => void) | undefined;
  onChoose: (item: Extract<ChatItem, { kind: 'answer' }>, entry: string) => Promise<void>;
};

function Item({ item, t, core, onAsk, onHandOff, onChoose }: ItemProps) {
  if (item.kind === 'question') {
    return (
      <p class="visitor message" id={item.id}>
        <span class="visually-hidden">{t.you}: </span>
        {item.text}
      </p>
    );
  }
  if (item.kind === 'notice') {
    return (
      <>
        <p class="bot message error">{item.text}</p>
        <SupportReference t={core} id={item.requestId} />
      </>
    );
  }
  const { answer } = item;
  if (answer.outcome === 'choices') return <Choices item={item} t={t} onChoose={onChoose} />;
  if (answer.outcome !== 'answered') {
    return (
      <div class="bot message">
        <p>{answer.outcome === 'advice' ? t.advice : t.unanswered}</p>
        {onHandOff && (
          <button
            type="button"
            class="button"
            aria-describedby={`q-${item.id.slice(2)}`}
            onClick={() => onHandOff(item.question)}
          >
            {t.handoffIntake}
          </button>
        )}
      </div>
    );
  }
  return (
    <div class="bot answers">
      <span class="visually-hidden">{t.bot}: </span>
      {answer.matches.map((match) => (
        <Match key={match.entry} match={match} t={t} onAsk={onAsk} />
      ))}
    </div>
  );
}

/** "Did you mean…?" (issue 20): the entries that came close, as buttons; the chosen one is answered below. */
function Choices({
  item,
  t,
  onChoose,
}: Pick<ItemProps, 't' | 'onChoose'> & { item: Extract<ChatItem, { kind: 'answer' }> }) {
  return (
    <div class="bot message choices" part="choices">
      <p id={`${item.id}-title`}>{t.didYouMean}</p>
      <ul aria-labelledby={`${item.id}-title`}>
        {item.answer.matches.map((match) => (
          <li key={match.entry}>
            <button
              type="button"
              class="chip"
              aria-pressed={item.chosen === match.entry ? 'true' : undefined}
              disabled={item.chosen !== undefined}
              onClick={() => void onChoose(item, match.entry)}
            >
              {match.question}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Match({ match, t, onAsk }: { match: FaqMatch; t: FaqMessages; onAsk: (q: string) => void }) {
  const source = new URL(match.sourceUrl, document.baseURI).href;
  return (
    <article class="message answer" part="answer">
      <h3>{match.question}</h3>
      <p>
        <Linkified text={match.answer} newTab={t.opensNewTab} />
      </p>
      <p class="source">
        {t.source}:{' '}
        <a href={source} target="_blank" rel="noopener">
          {source.replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '')}
          <span class="visually-hidden"> {t.opensNewTab}</span>
        </a>
      </p>
      {match.related.length > 0 && (
        <div class="related">
          <p class="hint">{t.related}</p>
          <ul>
            {match.related.map((r) => (
              <li key={r.entry}>
                <button type="button" class="chip" onClick={() => onAsk(r.question)}>
                  {r.question}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
