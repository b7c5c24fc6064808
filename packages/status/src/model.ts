/**
 * The tracker's state and actions. The token lives in this closure only — never in any browser
 * storage — so reloading the page asks for the code again, and "sign out" simply forgets it.
 *
 * @example
 *   const model = createStatusModel(context);
 *   await model.lookup('HV-7K3M-Q9TD', 'ABCD-EFGH-JKMN');
 *   model.matter.value?.stages // visible stages only
 */
import { signal } from '@preact/signals';
import { newId, type WidgetContext } from '@retainer/core';
import type { MatterView, StatusInvoice, StatusSession } from '@retainer/schema';
import { loadStatusMessages, type StatusMessages } from './messages/load-messages.ts';
import { postStatus } from './status-api.ts';

export type LookupError = 'wrong' | 'locked' | 'tooMany' | 'network' | 'expired';
export type MessageState = 'idle' | 'sending' | 'sent' | 'limited' | 'failed';
export type StatusModel = ReturnType<typeof createStatusModel>;

export function createStatusModel(context: WidgetContext) {
  const { events, config, transport } = context;
  const t = signal<StatusMessages | undefined>(undefined);
  const matter = signal<MatterView | undefined>(undefined);
  const busy = signal(false);
  const error = signal<{ kind: LookupError; minutes?: number } | undefined>(undefined);
  const messageState = signal<MessageState>('idle');
  /** The failed message's request id, shown for support (issue 19). */
  const requestId = signal<string | undefined>(undefined);
  let token: string | undefined;
  let messageId = newId();

  const facts = (view: MatterView) => ({
    practiceArea: view.practiceArea,
    ...(view.lawyer ? { lawyer: view.lawyer.id } : {}),
  });

  async function load() {
    t.value = await loadStatusMessages(context.lang);
  }

  /** Back to the form, forgetting the token; `reason` says why when the page did it by itself. */
  function signOut(reason?: LookupError) {
    token = undefined;
    matter.value = undefined;
    messageState.value = 'idle';
    error.value = reason ? { kind: reason } : undefined;
  }

  async function readMatter(): Promise<boolean> {
    if (!token) return false;
    const answer = await postStatus<MatterView>(transport, '/v1/status/matter', { token });
    if (!answer.ok) {
      signOut(answer.status === 401 ? 'expired' : 'network');
      return false;
    }
    matter.value = answer.body;
    events.track('service', 'status.timeline_viewed', facts(answer.body));
    if (answer.body.invoices.length > 0) {
      events.track('payment', 'status.invoice_shown', { invoices: answer.body.invoices.length, ...facts(answer.body) });
    }
    return true;
  }

  async function lookup(reference: string, code: string): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    error.value = undefined;
    try {
      const answer = await postStatus<StatusSession>(transport, '/v1/status/lookup', {
        site: config.site,
        reference,
        code,
      });
      if (!answer.ok) {
        const kind: LookupError =
          answer.status === 423
            ? 'locked'
            : answer.status === 429
              ? 'tooMany'
              : answer.status === 0
                ? 'network'
                : 'wrong';
        error.value = { kind, minutes: Math.max(1, Math.ceil(answer.retryAfter / 60)) };
        if (kind !== 'network') events.track('service', 'status.lookup_failed', { reason: kind });
        return false;
      }
      token = answer.body.token;
      const shown = await readMatter();
      if (shown && matter.value) events.track('service', 'status.lookup_succeeded', facts(matter.value));
      return shown;
    } finally {
      busy.value = false;
    }
  }

  async function sendMessage(text: string): Promise<boolean> {
    if (!token || messageState.value === 'sending') return false;
    messageState.value = 'sending';
    const answer = await postStatus(transport, '/v1/status/message', { id: messageId, token, text });
    requestId.value = answer.ok ? undefined : answer.requestId;
    if (answer.ok) {
      messageId = newId();
      messageState.value = 'sent';
      // The thread shows the message with the firm's replies (issue 15).
      await readMatter();
      messageState.value = 'sent';
      events.track('service', 'status.message_sent', matter.value ? facts(matter.value) : {});
      return true;
    }
    if (answer.status === 401) signOut('expired');
    else messageState.value = answer.status === 429 ? 'limited' : 'failed';
    return false;
  }

  /** Issue 15: email me when this matter has an update (only that, with a link to this page). */
  const notifyState = signal<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  async function setNotify(notify: boolean): Promise<boolean> {
    if (!token || !matter.value) return false;
    // The box shows the choice at once (a controlled checkbox would flip back until the answer), undone on failure.
    const before = matter.value.notifyUpdates;
    matter.value = { ...matter.value, notifyUpdates: notify };
    notifyState.value = 'saving';
    const answer = await postStatus<{ notifyUpdates: boolean }>(transport, '/v1/status/notify', {
      token,
      notify,
      lang: context.lang,
    });
    if (answer.ok) {
      matter.value = { ...matter.value, notifyUpdates: answer.body.notifyUpdates };
      notifyState.value = 'saved';
      return true;
    }
    if (answer.status === 401) {
      signOut('expired');
      return false;
    }
    if (matter.value) matter.value = { ...matter.value, notifyUpdates: before };
    notifyState.value = 'failed';
    return false;
  }

  function followPay(invoice: StatusInvoice) {
    events.track('payment', 'status.pay_followed', {
      currency: invoice.currency,
      ...(matter.value ? facts(matter.value) : {}),
    });
  }

  return {
    t,
    /** Core's messages (the support reference's label). */
    core: context.t,
    matter,
    requestId,
    busy,
    error,
    messageState,
    notifyState,
    load,
    lookup,
    readMatter,
    sendMessage,
    setNotify,
    followPay,
    signOut,
  };
}
