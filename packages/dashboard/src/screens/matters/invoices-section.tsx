/** The matter's invoices: add one (amount in the currency's units, stored in minor units), mark paid or void. */
import { useSignal } from '@preact/signals';
import type { Language } from '@retainer/schema';
import { useDashboard, useMessages } from '../../app-context.ts';
import { TextField } from '../../ui/text-field.tsx';
import type { MatterModel } from './matter-model.ts';

const money = (minor: number, currency: string, lang: Language) => {
  const format = new Intl.NumberFormat(lang, { style: 'currency', currency });
  return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
};

/** `1,250.50` → 125050 minor units (2-decimal currencies); NaN when it is not a number. */
function toMinor(amount: string, currency: string): number {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const value = Number(amount.replace(/[\s,]/g, ''));
  return Number.isFinite(value) ? Math.round(value * 10 ** digits) : Number.NaN;
}

export function InvoicesSection({ model }: { model: MatterModel }) {
  const t = useMessages();
  const m = t.matters.matter;
  const { announcer, i18n } = useDashboard();
  const detail = model.detail.value!;
  const number = useSignal('');
  const amount = useSignal('');
  const currency = useSignal('USD');
  const dueDate = useSignal('');
  const payUrl = useSignal('');
  const add = async (event: Event) => {
    event.preventDefault();
    const code = currency.value.trim().toUpperCase();
    let minor = Number.NaN;
    try {
      minor = toMinor(amount.value, code);
    } catch {
      // An unknown currency code: the collector names the field.
    }
    const input = {
      number: number.value,
      amount: Number.isNaN(minor) ? 0 : minor,
      currency: code,
      dueDate: dueDate.value,
      ...(payUrl.value.trim() ? { payUrl: payUrl.value.trim() } : {}),
    };
    if (await model.act((api) => api.addInvoice(model.id, input))) {
      number.value = '';
      amount.value = '';
      dueDate.value = '';
      payUrl.value = '';
      announcer.announce(m.saved);
    }
  };
  return (
    <section class="panel" aria-labelledby="matter-invoices">
      <h2 id="matter-invoices" class="panel-title">
        {m.invoicesTitle}
      </h2>
      {detail.invoices.length === 0 ? (
        <p class="muted">{m.noInvoices}</p>
      ) : (
        <ul class="matter-invoices">
          {detail.invoices.map((invoice) => (
            <li key={invoice.id} class="matter-invoice">
              <span>
                <strong>{invoice.number}</strong> · {money(invoice.amount, invoice.currency, i18n.lang.value)} ·{' '}
                {invoice.dueDate}{' '}
                <span class={`badge ${invoice.status === 'open' ? 'badge-new' : 'badge-muted'}`}>
                  {m.invoiceStatus[invoice.status]}
                </span>
              </span>
              {invoice.status === 'open' && (
                <span class="button-row">
                  <button
                    type="button"
                    class="button button-secondary"
                    disabled={model.busy.value}
                    onClick={() => model.act((api) => api.setInvoiceStatus(model.id, invoice.id, 'paid'))}
                  >
                    {m.markPaid(invoice.number)}
                  </button>
                  <button
                    type="button"
                    class="button button-danger-quiet"
                    disabled={model.busy.value}
                    onClick={() => model.act((api) => api.setInvoiceStatus(model.id, invoice.id, 'void'))}
                  >
                    {m.markVoid(invoice.number)}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="invoice-form" onSubmit={add}>
        <TextField label={m.invoiceNumber} value={number.value} onInput={(v) => (number.value = v)} required />
        <TextField
          label={m.amount}
          inputMode="text"
          value={amount.value}
          onInput={(v) => (amount.value = v)}
          required
        />
        <TextField label={m.currency} value={currency.value} onInput={(v) => (currency.value = v)} required />
        <TextField label={m.dueDate} type="date" value={dueDate.value} onInput={(v) => (dueDate.value = v)} required />
        <TextField label={m.payUrl} type="url" value={payUrl.value} onInput={(v) => (payUrl.value = v)} />
        <div>
          <button type="submit" class="button button-primary" disabled={model.busy.value}>
            {m.addInvoice}
          </button>
        </div>
      </form>
    </section>
  );
}
