import { fireEvent, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mount } from './index.ts';
import { code, createTestCollector, demoMatter, endpoint, reference, siteConfig } from './test-collector.ts';

const { server, state } = createTestCollector();
const mounted: (() => void)[] = [];
const options = { retries: 0, retryDelay: () => 0, flushDelay: 0 };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
  document.body.replaceChildren();
  Object.assign(state, createTestCollector().state);
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.close());

async function renderStatus(lang = 'en') {
  const host = document.createElement('retainer-status');
  document.body.append(host);
  mounted.push(mount(host, { src: `${endpoint}/w/status.js`, data: { site: 'harbor-vale', lang } }, options));
  const root = host.shadowRoot as ShadowRoot;
  const view = within(root as unknown as HTMLElement);
  await waitFor(() => expect(root.querySelector('form.lookup')).not.toBeNull());
  const type = (ref: string, accessCode: string) => {
    fireEvent.input(root.getElementById('s-reference') as HTMLInputElement, { target: { value: ref } });
    fireEvent.input(root.getElementById('s-code') as HTMLInputElement, { target: { value: accessCode } });
    fireEvent.submit(root.querySelector('form.lookup') as HTMLFormElement);
  };
  const signIn = async () => {
    type(reference, code);
    await waitFor(() => expect(root.querySelector('.matter')).not.toBeNull());
  };
  return { host, root, view, type, signIn };
}

const types = () => state.events.map((e) => `${e.stage}:${e.type}`);
const alertText = (root: ShadowRoot) => root.querySelector('[role=alert]')?.textContent ?? '';

describe('status tracker', () => {
  it('asks for the reference and code with phone-friendly inputs, and no autocomplete for the code', async () => {
    const { root, view } = await renderStatus();
    const codeInput = view.getByLabelText('Access code') as HTMLInputElement;
    expect(codeInput.getAttribute('autocomplete')).toBe('off');
    expect(view.getByLabelText('Matter reference')).toBeTruthy();
    // Empty fields: said, nothing sent.
    fireEvent.submit(root.querySelector('form.lookup') as HTMLFormElement);
    expect(root.getElementById('s-reference')?.getAttribute('aria-invalid')).toBe('true');
    expect(state.requests).toHaveLength(0);
  });

  it('says when the details are wrong, when the matter is locked, and how long to wait after too many tries', async () => {
    const { root, type } = await renderStatus();
    type(reference, 'WRONG-CODE');
    await waitFor(() => expect(alertText(root)).toContain('The reference or the access code is not right'));
    state.lookupStatus = 423;
    type(reference, code);
    await waitFor(() => expect(alertText(root)).toContain('This matter is locked'));
    expect(alertText(root)).toContain('+1 617 555 0142');
    state.lookupStatus = 429;
    type(reference, code);
    await waitFor(() => expect(alertText(root)).toBe('Too many attempts. Try again in 5 minutes.'));
    await waitFor(() => expect(types()).toContain('service:status.lookup_failed'));
    // The code travels in the body only, never in a URL.
    expect(state.requests.every((r) => !r.url.includes(code) && !r.url.includes('WRONG'))).toBe(true);
  });

  it('shows the timeline as an ordered list: done, current (aria-current) and upcoming', async () => {
    const { root, signIn } = await renderStatus();
    await signIn();
    const items = [...root.querySelectorAll('ol.timeline > li')];
    expect(items.map((li) => li.className)).toEqual([
      'stage done',
      'stage done',
      'stage current',
      'stage upcoming',
      'stage upcoming',
    ]);
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, null, 'step', null, null]);
    expect(items[2]?.textContent).toContain('Filing');
    expect(items[2]?.textContent).toContain('(current stage)');
    expect(items[2]?.textContent).toContain('We file the papers with the court.');
    expect(items[0]?.textContent).toContain('(done)');
    expect(root.textContent).toContain('Hearing at the Probate Court.');
    expect(root.textContent).toContain('Expected December 15, 2026');
    expect(root.textContent).toContain('We filed the petition.');
    expect(root.textContent).toContain('Eleanor Hart');
    await waitFor(() =>
      expect(types()).toEqual(
        expect.arrayContaining(['service:status.lookup_succeeded', 'service:status.timeline_viewed']),
      ),
    );
    const viewed = state.events.find((e) => e.type === 'status.timeline_viewed');
    expect(viewed?.props).toMatchObject({ practiceArea: 'family', lawyer: 'l-hart' });
  });

  it('says when the matter was last updated, relatively and as a date', async () => {
    const { root, signIn } = await renderStatus();
    await signIn();
    const updated = root.querySelector('.updated') as HTMLElement;
    expect(updated.textContent).toContain('Last updated: 3 days ago');
    const time = updated.querySelector('time') as HTMLTimeElement;
    expect(time.dateTime).toBe(new Date(state.matter.lastUpdatedAt).toISOString());
    expect(time.textContent).toMatch(/\(\w+ \d{1,2}, \d{4}\)/);
  });

  it('lists open invoices with a Pay link to the firm page in a new tab, and records following it', async () => {
    const { root, signIn } = await renderStatus();
    await signIn();
    const invoice = root.querySelector('.invoice') as HTMLElement;
    expect(invoice.textContent).toContain('Invoice INV-1042');
    expect(invoice.textContent).toContain('$1,250.00');
    const pay = invoice.querySelector('a') as HTMLAnchorElement;
    expect(pay.href).toBe('https://pay.harborvale.example/INV-1042');
    expect(pay.target).toBe('_blank');
    expect(pay.rel).toBe('noopener');
    pay.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(pay);
    await waitFor(() =>
      expect(types()).toEqual(expect.arrayContaining(['payment:status.invoice_shown', 'payment:status.pay_followed'])),
    );
  });

  it('sends a message to the lawyer and confirms it; the token travels in the body', async () => {
    const { root, view, signIn } = await renderStatus();
    await signIn();
    const box = view.getByLabelText('Message your lawyer') as HTMLTextAreaElement;
    expect(box.maxLength).toBe(2000);
    fireEvent.input(box, { target: { value: 'Can we meet on Friday?' } });
    fireEvent.submit(root.querySelector('form.message') as HTMLFormElement);
    await waitFor(() =>
      expect(root.querySelector('[role=status]')?.textContent).toBe('Message sent. Your lawyer will get back to you.'),
    );
    expect(state.messages).toEqual([expect.objectContaining({ token: 'token-1', text: 'Can we meet on Friday?' })]);
    expect(box.value).toBe('');
    await waitFor(() => expect(types()).toContain('service:status.message_sent'));
    // Too many messages: said, not lost.
    state.messageStatus = 429;
    fireEvent.input(box, { target: { value: 'Another one' } });
    fireEvent.submit(root.querySelector('form.message') as HTMLFormElement);
    await waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toContain('several messages'));
    expect(box.value).toBe('Another one');
  });

  it("shows a failed message's request id for support (issue 19)", async () => {
    const requestId = '01JEXAMPLE7Q4ZK3M8N2P5R6ST';
    const { root, view, signIn } = await renderStatus();
    await signIn();
    server.use(
      http.post(
        `${endpoint}/v1/status/message`,
        () =>
          HttpResponse.json(
            { type: 'urn:retainer:problem:internal', title: 'Internal error', status: 500, requestId },
            { status: 500, headers: { 'content-type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    fireEvent.input(view.getByLabelText('Message your lawyer'), { target: { value: 'Can we meet on Friday?' } });
    fireEvent.submit(root.querySelector('form.message') as HTMLFormElement);
    await waitFor(() => expect(root.querySelector('[part="reference"]')).not.toBeNull());
    const reference = root.querySelector('[part="reference"]');
    expect(reference?.textContent).toBe(`Reference for support: ${requestId}`);
    expect(reference?.querySelector('code')?.textContent).toBe(requestId);
    // Sent on the next try: the reference goes with the failure.
    fireEvent.submit(root.querySelector('form.message') as HTMLFormElement);
    await waitFor(() =>
      expect(root.querySelector('[role=status]')?.textContent).toBe('Message sent. Your lawyer will get back to you.'),
    );
    expect(root.querySelector('[part="reference"]')).toBeNull();
  });

  it('keeps the token in memory only; sign out forgets it and an expired token asks for the code again', async () => {
    const { root, view, signIn } = await renderStatus();
    await signIn();
    expect(JSON.stringify({ ...localStorage })).not.toContain('token-1');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('token-1');
    fireEvent.click(view.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(root.querySelector('form.lookup')).not.toBeNull());
    expect(root.textContent).not.toContain('Ann Lee');
    await signIn();
    state.tokenValid = false;
    fireEvent.input(view.getByLabelText('Message your lawyer'), { target: { value: 'Hi' } });
    fireEvent.submit(root.querySelector('form.message') as HTMLFormElement);
    await waitFor(() => expect(alertText(root)).toContain('Enter it again'));
  });

  it('works by keyboard: native controls in order, focus moves to the new heading', async () => {
    const { root, signIn, view } = await renderStatus();
    const focusable = [...root.querySelectorAll('input,button,textarea,a')].map((el) => el.id || el.textContent);
    expect(focusable).toEqual(['s-reference', 's-code', 'Show my matter']);
    await signIn();
    await waitFor(() => expect(root.activeElement?.textContent).toBe(`Matter ${reference}`));
    fireEvent.click(view.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(root.activeElement?.tagName).toBe('H2'));
    expect(root.activeElement?.textContent).toBe('Check your matter');
  });

  it('offers the end-of-matter survey when the matter is closed', async () => {
    state.matter = {
      ...demoMatter(),
      closed: true,
      nextStep: null,
      invoices: [],
      survey: { url: 'https://harborvale.example/feedback#retainer-survey=t' },
    };
    const { root, view, signIn } = await renderStatus();
    await signIn();
    expect(root.textContent).toContain('This matter is closed.');
    expect((view.getByRole('link', { name: 'Tell us how we did' }) as HTMLAnchorElement).href).toContain(
      '#retainer-survey=t',
    );
    expect(root.querySelector('form.message')).toBeNull();
  });

  it.each([
    ['ru', 'Как продвигается ваше дело', 'Последнее обновление: 3 дня назад', 'Оплатить'],
    ['zh', '查询您的案件进展', '最近更新: 3天前', '付款'],
    ['en', 'Check your matter', 'Last updated: 3 days ago', 'Pay'],
  ])('speaks %s', async (lang, title, updated, pay) => {
    const { root, signIn } = await renderStatus(lang);
    await waitFor(() => expect(root.querySelector('h2')?.textContent).toBe(title));
    await signIn();
    expect(root.querySelector('.updated')?.textContent).toContain(updated);
    expect(root.querySelector('.invoice a')?.textContent).toContain(pay);
  });

  // Issue 14, defect 11: every firm's tracker showed the demo firm's reference as the example.
  it("gives its example reference with the site's own prefix, and names the firm by its public name", async () => {
    server.use(
      http.get(`${endpoint}/v1/sites/harbor-vale/config`, () =>
        HttpResponse.json({
          ...siteConfig,
          name: 'Smith & Partners website',
          publicName: 'Smith & Partners LLP',
          referencePrefix: 'SP',
        }),
      ),
    );
    state.matter = { ...demoMatter(), lawyer: null };
    const { root, signIn } = await renderStatus();
    expect(root.getElementById('s-reference-hint')?.textContent).toBe('For example SP-7K3M-Q9TD');
    await signIn();
    expect(root.querySelector('.matter')?.textContent).toContain('Smith & Partners LLP');
    expect(root.querySelector('.matter')?.textContent).not.toContain('website');
    server.resetHandlers();
  });
});

describe('status tracker: thread and update emails (issue 15)', () => {
  it('shows the conversation with the firm, oldest first, and says who wrote each message', async () => {
    const now = Date.now();
    state.matter = {
      ...demoMatter(now),
      thread: [
        { id: 'm1', from: 'client', text: 'Is the hearing still on Friday?', at: now - 7_200_000 },
        { id: 'r1', from: 'firm', text: 'Yes, 10:00 in room 4.', at: now - 3_600_000, author: 'Hana Vale' },
      ],
    };
    const { root, signIn } = await renderStatus('ru');
    await signIn();
    const thread = root.querySelector('[part=thread]') as HTMLElement;
    expect(thread.querySelector('h3')?.textContent).toBe('Сообщения');
    const items = [...thread.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items[0]).toMatch(/^Вы,.*Is the hearing still on Friday\?/);
    expect(items[1]).toMatch(/^Hana Vale,.*Yes, 10:00 in room 4\./);
  });

  it('lets the client opt in to update emails, in their language, and says so', async () => {
    state.matter = { ...demoMatter(), notifyUpdates: false };
    const { root, view, signIn } = await renderStatus('zh');
    await signIn();
    const box = view.getByLabelText('案件有新进展时给我发邮件') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.change(box, { target: { checked: true } });
    await waitFor(() =>
      expect(root.querySelector('[part=notify] [role=status]')?.textContent).toBe('有新进展时我们会给您发邮件。'),
    );
    expect(state.notifyRequests).toEqual([{ token: 'token-1', notify: true, lang: 'zh' }]);
    expect((view.getByLabelText('案件有新进展时给我发邮件') as HTMLInputElement).checked).toBe(true);
  });

  it('offers no update emails when the firm has no address for the client', async () => {
    const { root, signIn } = await renderStatus();
    await signIn();
    expect(root.querySelector('[part=notify]')).toBeNull();
  });
});
