/**
 * "Talk to a person": the intake form, and the phone and email the firm offers, with its office hours and
 * whether the office is open now. A question the bot could not answer has its own "send" button under its
 * answer (chat-panel.tsx); this panel's form choice opens the form without guessing which question (issue 14).
 */
import { pickText } from '@retainer/schema';
import type { FaqModel } from './model.ts';
import { hoursLine, isOpenAt } from './office-hours.ts';

export function HandoffPanel({ model, lang }: { model: FaqModel; lang: 'en' | 'ru' | 'zh' }) {
  const t = model.t.value;
  const settings = model.settings.value;
  if (!t || !settings) return null;
  const { handoff } = settings;
  const open = isOpenAt(settings.hours, model.clock());
  const canIntake = handoff.intake;
  return (
    <section class="handoff" part="handoff" aria-labelledby="faq-handoff-title">
      <h3 id="faq-handoff-title">{t.talkToPerson}</h3>
      <div class="handoff-actions">
        {canIntake && (
          // Secondary: the primary choice is the send button under the answer the bot could not give.
          <button type="button" class="button secondary" onClick={() => model.handoff('intake')}>
            {t.handoffWrite}
          </button>
        )}
        {handoff.phone && (
          <a
            class="button secondary"
            href={`tel:${handoff.phone.replace(/[^\d+]/g, '')}`}
            onClick={() => model.handoff('phone')}
          >
            {t.handoffPhone(handoff.phone)}
          </a>
        )}
        {handoff.email && (
          <a class="button secondary" href={`mailto:${handoff.email}`} onClick={() => model.handoff('email')}>
            {t.handoffEmail(handoff.email)}
          </a>
        )}
      </div>
      {(handoff.phone || handoff.email) && (
        <p class="hours">
          <span class={open ? 'open-now' : 'closed-now'} data-open={String(open)}>
            {open ? t.openNow : t.closedNow}
          </span>{' '}
          <span class="hint">
            {t.hours}: {settings.hoursText ? pickText(settings.hoursText, lang) : hoursLine(settings.hours, t)}
          </span>
        </p>
      )}
    </section>
  );
}
