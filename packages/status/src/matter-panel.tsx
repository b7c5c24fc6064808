/**
 * What the client sees once the code is right: when the matter was last updated, the timeline, the
 * latest updates, the next step, the lawyer, open invoices with a Pay link, a message form, the
 * end-of-matter survey when closed, and sign out.
 */
import type { WidgetContext } from '@retainer/core';
import type { MatterView } from '@retainer/schema';
import { longDate, money, relativeTime } from './format.ts';
import { MessageForm } from './message-form.tsx';
import type { StatusModel } from './model.ts';
import { NotifyChoice, Thread } from './thread.tsx';
import { Timeline } from './timeline.tsx';

export function MatterPanel({
  model,
  context,
  matter,
}: {
  model: StatusModel;
  context: WidgetContext;
  matter: MatterView;
}) {
  const t = model.t.value!;
  const lang = context.lang;
  const contact = matter.lawyer ?? { name: context.site.publicName, ...context.site.contact };
  return (
    <div class="matter" part="matter">
      <div class="head">
        <h2 tabIndex={-1} id="s-matter">
          {t.matterTitle(matter.reference)}
        </h2>
        <button type="button" class="button secondary" onClick={() => model.signOut()}>
          {t.signOut}
        </button>
      </div>
      <p>{t.hello(matter.clientName)}</p>
      <p class="updated" part="last-updated">
        <strong>{t.lastUpdated}: </strong>
        {relativeTime(matter.lastUpdatedAt, Date.now(), lang)}{' '}
        <time dateTime={new Date(matter.lastUpdatedAt).toISOString()}>({longDate(matter.lastUpdatedAt, lang)})</time>
      </p>
      {matter.closed ? (
        <div class="notice">
          <p>{t.closed}</p>
          {matter.survey ? (
            <p>
              <a class="button" href={matter.survey.url}>
                {t.survey}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      <Timeline stages={matter.stages} t={t} />
      {matter.nextStep ? (
        <section class="section" aria-labelledby="s-next">
          <h3 id="s-next">{t.nextStep}</h3>
          <p>{matter.nextStep.text}</p>
          {matter.nextStep.expectedDate ? (
            <p class="hint">{t.expected(longDate(matter.nextStep.expectedDate, lang))}</p>
          ) : null}
        </section>
      ) : null}
      <section class="section" aria-labelledby="s-updates">
        <h3 id="s-updates">{t.updates}</h3>
        {matter.updates.length === 0 ? (
          <p class="hint">{t.noUpdates}</p>
        ) : (
          <ul class="updates">
            {matter.updates.slice(0, 5).map((update) => (
              <li key={update.id}>
                <p class="hint">
                  <time dateTime={new Date(update.createdAt).toISOString()}>{longDate(update.createdAt, lang)}</time>
                  {update.author ? ` · ${update.author}` : ''}
                </p>
                <p>{update.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {matter.invoices.length > 0 ? (
        <section class="section" aria-labelledby="s-invoices">
          <h3 id="s-invoices">{t.invoices}</h3>
          <ul class="invoices">
            {matter.invoices.map((invoice) => (
              <li key={invoice.id} class="invoice">
                <p>
                  <strong>{t.invoice(invoice.number)}</strong>
                  <br />
                  {money(invoice.amount, invoice.currency, lang)}, {t.due(longDate(invoice.dueDate, lang))}
                </p>
                {invoice.payUrl ? (
                  <a
                    class="button"
                    href={invoice.payUrl}
                    target="_blank"
                    rel="noopener"
                    onClick={() => model.followPay(invoice)}
                    aria-describedby="s-pay-hint"
                  >
                    {t.pay} <span class="visually-hidden">{t.invoice(invoice.number)}</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
          <p id="s-pay-hint" class="hint">
            {t.payHint}
          </p>
        </section>
      ) : null}
      <section class="section" aria-labelledby="s-lawyer">
        <h3 id="s-lawyer">{matter.lawyer ? t.lawyer : t.firmContact}</h3>
        <p>
          <strong>{contact.name}</strong>
          {contact.email ? (
            <>
              <br />
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </>
          ) : null}
          {contact.phone ? (
            <>
              <br />
              <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
            </>
          ) : null}
        </p>
      </section>
      <Thread model={model} lang={lang} />
      {matter.closed ? null : <MessageForm model={model} />}
      {matter.closed ? null : <NotifyChoice model={model} />}
    </div>
  );
}
