import type { Language } from '@retainer/schema';
import type { InboxList, MatterSummary } from '@retainer/schema/admin';
import { screen, waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { inboxItem, received } from '../test-support/fixtures.ts';
import { renderDashboard } from '../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../test-support/server.ts';
import { parseEventBlock } from './live-updates.ts';

const stats = {
  medianFirstResponseBusinessMs: null,
  answeredWithinTargetShare: null,
  answered: 0,
  received: 1,
  overdue: 0,
};

/** The collector's live stream, written by the test: one stream per connection. */
function serveLive() {
  const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  const cancelled: Promise<void>[] = [];
  const encoder = new TextEncoder();
  server.use(
    http.get(apiUrl('live'), ({ request }) => {
      let cancel = () => {};
      cancelled.push(new Promise((resolve) => (cancel = resolve)));
      request.signal.addEventListener('abort', () => cancel());
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => {
          streams.push(controller);
          // The collector asks for a quick reconnect here, so the test does not wait the real 5 s.
          controller.enqueue(encoder.encode('retry: 20\n\n'));
        },
        cancel: () => cancel(),
      });
      return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
    }),
  );
  const current = () => {
    const stream = streams.at(-1);
    if (!stream) throw new Error('no live stream open');
    return stream;
  };
  return {
    streams,
    cancelled,
    send: (event: string, data: unknown) =>
      current().enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)),
    drop: () => current().close(),
  };
}

/** Whether the user is looking at the tab: the browser's answer, which the title count depends on. */
function lookAway(away: boolean) {
  Object.defineProperty(document, 'hasFocus', { configurable: true, value: () => !away });
}

/** Answers the inbox with whatever `items` holds at the time, counting requests. */
function serveInbox(initial: InboxList['items']) {
  const inbox = { items: initial, requests: 0 };
  server.use(
    http.get(apiUrl('inbox'), () => {
      inbox.requests++;
      return HttpResponse.json({ items: inbox.items, stats });
    }),
  );
  return inbox;
}

const first = inboxItem();
const second = inboxItem({ id: 'i-9', reference: 'HV-1009', name: 'Olu Adeyemi', receivedAt: received + 60_000 });
const third = inboxItem({ id: 'i-10', reference: 'HV-1010', name: 'Wu Fang', receivedAt: received + 120_000 });

afterEach(() => lookAway(false));

describe('live updates', () => {
  it('parses event-stream blocks, skipping comments and retry lines', () => {
    expect(parseEventBlock('retry: 5000\nevent: ready\ndata: {}')).toEqual({ event: 'ready', data: '{}' });
    expect(parseEventBlock(': keep-alive')).toBeUndefined();
    expect(parseEventBlock('data: a\ndata: b')).toEqual({ event: 'message', data: 'a\nb' });
  });

  it.each<[Language, string, string]>([
    ['en', '1 new intake arrived.', '(1) Intake inbox · Retainer'],
    ['ru', 'Поступило: 1 новая заявка.', '(1) Входящие заявки · Retainer'],
    ['zh', '收到 1 条新咨询。', '(1) 咨询收件箱 · Retainer'],
  ])(
    'the inbox shows a new intake without a reload, announces it and counts it in the tab title (%s)',
    async (lang, spoken, title) => {
      const live = serveLive();
      const inbox = serveInbox([first]);
      const { dashboard } = renderDashboard('/dashboard/inbox');
      await dashboard.i18n.setLanguage(lang);
      await screen.findByText('Maria Lopez');
      await waitFor(() => expect(live.streams).toHaveLength(1));
      lookAway(true);
      // Ready: the list is fetched once more, for what came in while the stream was opening.
      inbox.items = [second, first];
      live.send('ready', {});
      expect(await screen.findByText('Olu Adeyemi')).toBeTruthy();
      await waitFor(() => expect(screen.getByText(spoken)).toBeTruthy());
      await waitFor(() => expect(document.title).toBe(title));
      // Then each change: one more intake, one more in the title.
      inbox.items = [third, second, first];
      live.send('change', { type: 'intake', site: 'harbor-vale' });
      expect(await screen.findByText('Wu Fang')).toBeTruthy();
      await waitFor(() => expect(document.title).toBe(title.replace('(1)', '(2)')));
      // Coming back to the tab clears the count.
      lookAway(false);
      window.dispatchEvent(new Event('focus'));
      await waitFor(() => expect(document.title.startsWith('(')).toBe(false));
    },
  );

  it('ignores changes on other sites and kinds, and refetches after a reconnect', async () => {
    const live = serveLive();
    const inbox = serveInbox([first]);
    renderDashboard('/dashboard/inbox?site=harbor-vale');
    await screen.findByText('Maria Lopez');
    await waitFor(() => expect(live.streams).toHaveLength(1));
    live.send('ready', {});
    await waitFor(() => expect(inbox.requests).toBe(2));
    live.send('change', { type: 'intake', site: 'other-site' });
    live.send('change', { type: 'matter-message', site: 'harbor-vale' });
    // Malformed changes are dropped, not acted on.
    live.send('change', { type: 'intake', site: 'harbor-vale', name: 'Leaked' });
    // A stream that drops comes back; its `ready` means something may have been missed.
    inbox.items = [second, first];
    live.drop();
    await waitFor(() => expect(live.streams).toHaveLength(2));
    live.send('ready', {});
    expect(await screen.findByText('Olu Adeyemi')).toBeTruthy();
    // One request for the first list, one per `ready`, none for the changes that did not concern this list.
    expect(inbox.requests).toBe(3);
  });

  it("the matters list shows a client's new message and counts it", async () => {
    const live = serveLive();
    const matter = (unreadMessages: number): MatterSummary => ({
      id: 'm-wei',
      site: 'harbor-vale',
      reference: 'HV-IMM4-2026',
      clientName: 'Wei Zhang',
      practiceArea: 'family',
      lawyerId: null,
      lawyerName: null,
      currentStage: 'filing',
      currentStageLabel: 'Filing',
      status: 'open',
      lastClientUpdateAt: received,
      daysSinceClientUpdate: 0,
      overdue: false,
      underAttack: false,
      unreadMessages,
      createdAt: received,
    });
    let unread = 0;
    server.use(http.get(apiUrl('matters'), () => HttpResponse.json({ matters: [matter(unread)], targetDays: 14 })));
    renderDashboard('/dashboard/matters');
    await screen.findByText('Wei Zhang');
    await waitFor(() => expect(live.streams).toHaveLength(1));
    lookAway(true);
    unread = 2;
    live.send('change', { type: 'matter-message', site: 'harbor-vale' });
    expect(await screen.findByText('2 unread messages')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('2 new client messages arrived.')).toBeTruthy());
    await waitFor(() => expect(document.title).toBe('(2) Matters · Retainer'));
  });

  it('closes the stream when the screen closes', async () => {
    const live = serveLive();
    serveInbox([first]);
    const { dashboard } = renderDashboard('/dashboard/inbox');
    await screen.findByText('Maria Lopez');
    await waitFor(() => expect(live.streams).toHaveLength(1));
    dashboard.router.navigate('/dashboard/team');
    await live.cancelled[0];
  });
});
