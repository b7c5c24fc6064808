import { problemTypes } from '@retainer/schema';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mount } from './index.ts';
import { createTestCollector, endpoint } from './test-collector.ts';

const { server, state } = createTestCollector();
const mounted: (() => void)[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
  document.body.replaceChildren();
  Object.assign(state, createTestCollector().state, { intakeRequests: [], stored: new Map(), events: [] });
  setOnline(true);
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.close());

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
}

async function renderIntake(data: Record<string, string> = {}) {
  const host = document.createElement('retainer-intake');
  document.body.append(host);
  mounted.push(
    mount(
      host,
      { src: `${endpoint}/w/intake.js`, data: { site: 'harbor-vale', lang: 'en', ...data } },
      {
        retries: 1,
        retryDelay: () => 0,
        flushDelay: 0,
      },
    ),
  );
  const root = host.shadowRoot as ShadowRoot;
  const view = within(root as unknown as HTMLElement);
  await waitFor(() => expect(view.getByRole('form').hasAttribute('data-paint-step')).toBe(false), { timeout: 3000 });
  const input = (path: string) => root.getElementById(`f-${path}`) as HTMLInputElement;
  return { host, root, view, input };
}

type Rendered = Awaited<ReturnType<typeof renderIntake>>;

function fillValid({ input }: Rendered) {
  fireEvent.input(input('name'), { target: { value: 'Ann Lee' } });
  fireEvent.input(input('email'), { target: { value: 'ann@example.com' } });
  fireEvent.change(input('practiceArea'), { target: { value: 'family' } });
  fireEvent.input(input('description'), { target: { value: 'My former employer has not paid my last salary.' } });
  fireEvent.input(input('adverseParties-0'), { target: { value: 'Acme Corp' } });
}

const tick = (rendered: Rendered) => fireEvent.click(rendered.input('disclaimer'));
const submit = ({ root }: Rendered) => fireEvent.submit(root.querySelector('form') as HTMLFormElement);
const errorOf = (rendered: Rendered, path: string) => rendered.root.getElementById(`f-${path}-error`)?.textContent;

describe('intake form', () => {
  it.each([
    [
      'en',
      'This field is required.',
      'Enter an email address like name@example.com.',
      'There are 5 problems with your answers.',
    ],
    [
      'ru',
      'Заполните это поле.',
      'Введите адрес электронной почты, например name@example.com.',
      'Найдено 5 ошибок в ответах.',
    ],
    ['zh', '此项为必填项。', '请输入有效的电子邮件地址，例如 name@example.com。', '您的填写有 5 处问题。'],
  ])(
    'shows validation messages in %s, inline and announced, and focuses the first invalid field',
    async (lang, required, invalidEmail, summary) => {
      const rendered = await renderIntake({ lang });
      const { root, view, input } = rendered;
      expect(root.querySelector('.root')?.getAttribute('lang')).toBe(lang);
      fireEvent.input(input('email'), { target: { value: 'not-an-email' } });
      submit(rendered);

      await waitFor(() => expect(errorOf(rendered, 'name')).toBe(required));
      expect(errorOf(rendered, 'email')).toBe(invalidEmail);
      expect(errorOf(rendered, 'practiceArea')).toBe(required);
      expect(errorOf(rendered, 'description')).toBe(required);
      expect(errorOf(rendered, 'disclaimer')).toBeTruthy();
      expect(input('name').getAttribute('aria-invalid')).toBe('true');
      expect(input('name').getAttribute('aria-describedby')).toContain('f-name-error');
      expect(root.activeElement).toBe(input('name'));
      // The summary is both shown and announced through the live region.
      expect(view.getByRole('heading', { name: summary })).toBeTruthy();
      await waitFor(() => expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe(summary));
      expect(state.intakeRequests).toHaveLength(0);

      // Fixing a field clears its error.
      fireEvent.input(input('name'), { target: { value: 'Ann Lee' } });
      expect(errorOf(rendered, 'name')).toBeUndefined();
      expect(input('name').hasAttribute('aria-invalid')).toBe(false);
    },
  );

  it('will not send until the disclaimer is ticked, then sends the accepted version', async () => {
    const rendered = await renderIntake();
    expect(rendered.view.getByText(/does not create an attorney-client relationship/)).toBeTruthy();
    fillValid(rendered);
    submit(rendered);
    await waitFor(() =>
      expect(errorOf(rendered, 'disclaimer')).toBe('Tick the box to confirm you have read the notice.'),
    );
    expect(rendered.root.activeElement).toBe(rendered.input('disclaimer'));
    expect(state.intakeRequests).toHaveLength(0);

    tick(rendered);
    submit(rendered);
    await rendered.view.findByText('HV-7K3M');
    expect(state.intakeRequests).toHaveLength(1);
    expect(state.intakeRequests[0]?.disclaimer).toEqual({ version: 3, accepted: true });
  });

  it('hides the honeypot from people and sends whatever a bot put in it', async () => {
    const rendered = await renderIntake();
    const honeypot = rendered.root.querySelector('input[name="website"]') as HTMLInputElement;
    expect(honeypot.tabIndex).toBe(-1);
    expect(honeypot.getAttribute('autocomplete')).toBe('off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(rendered.view.queryByRole('textbox', { name: /leave this field empty/i })).toBeNull();

    fillValid(rendered);
    tick(rendered);
    submit(rendered);
    await rendered.view.findByText('HV-7K3M');
    expect(state.intakeRequests[0]?.website).toBeUndefined();
  });

  it('passes a filled honeypot on to the collector, which decides', async () => {
    const rendered = await renderIntake();
    fillValid(rendered);
    fireEvent.input(rendered.root.querySelector('input[name="website"]') as HTMLInputElement, {
      target: { value: 'http://spam.example' },
    });
    tick(rendered);
    submit(rendered);
    await waitFor(() => expect(state.intakeRequests).toHaveLength(1));
    expect(state.intakeRequests[0]?.website).toBe('http://spam.example');
  });

  it('says it is offline, then sends the same submission once when the network is back', async () => {
    const rendered = await renderIntake();
    fillValid(rendered);
    tick(rendered);
    state.intakeMode = 'network-error';
    setOnline(false);
    window.dispatchEvent(new Event('offline'));
    submit(rendered);

    // Shown, and announced through the live region.
    const offline = await rendered.view.findAllByText("You're offline — we'll send it as soon as you're back.");
    expect(offline.map((el) => el.hasAttribute('aria-live'))).toEqual([true, false]);
    submit(rendered); // an impatient second press changes nothing
    expect(state.stored.size).toBe(0);

    state.intakeMode = 'store';
    setOnline(true);
    window.dispatchEvent(new Event('online'));
    await rendered.view.findByText('HV-7K3M');

    expect(state.intakeRequests.length).toBeGreaterThanOrEqual(2);
    expect(new Set(state.intakeRequests.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(state.stored.size).toBe(1);
  });

  it('shows the reference and when to expect an answer, focuses it, and tells the host page', async () => {
    const rendered = await renderIntake();
    const submitted: CustomEvent[] = [];
    document.addEventListener('retainer:submit', (event) => submitted.push(event as CustomEvent));
    fillValid(rendered);
    tick(rendered);
    submit(rendered);

    const heading = await rendered.view.findByRole('heading', { name: 'Thank you — we have your request' });
    await waitFor(() => expect(rendered.root.activeElement).toBe(heading));
    expect(rendered.view.getByText('HV-7K3M')).toBeTruthy();
    expect(rendered.view.getByText('We will get back to you within 1 business day.')).toBeTruthy();
    expect(rendered.root.querySelector('form')).toBeNull();

    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.detail).toEqual({ widget: 'intake', site: 'harbor-vale', reference: 'HV-7K3M' });
    expect(submitted[0]?.bubbles && submitted[0]?.composed).toBe(true);

    const [body] = [...state.stored.values()];
    expect(body?.fields).toEqual({
      name: 'Ann Lee',
      email: 'ann@example.com',
      practiceArea: 'family',
      description: 'My former employer has not paid my last salary.',
      adverseParties: ['Acme Corp'],
    });
    expect(body?.lang).toBe('en');
    expect(body?.journey).toBe(localStorage.getItem('retainer:journey:harbor-vale'));
    await waitFor(() =>
      expect(state.events.map((e) => `${e.stage}:${e.type}`)).toEqual(
        expect.arrayContaining(['contact:intake.started', 'contact:intake.submitted']),
      ),
    );
  });

  it('sends once however often the button is pressed', async () => {
    const rendered = await renderIntake();
    fillValid(rendered);
    tick(rendered);
    const button = rendered.view.getByRole('button', { name: 'Send request' });
    fireEvent.click(button);
    fireEvent.click(button);
    submit(rendered);
    await rendered.view.findByText('HV-7K3M');
    expect(state.intakeRequests).toHaveLength(1);
  });

  it("shows the failed answer's request id for support, and no id when the answer had none (issue 19)", async () => {
    const rendered = await renderIntake();
    fillValid(rendered);
    tick(rendered);
    const requestId = '01JEXAMPLE7Q4ZK3M8N2P5R6ST';
    // A setup mistake (this page's origin not allowed): not retried, so the first answer is the one shown.
    state.nextProblem = {
      status: 403,
      body: { type: 'urn:retainer:problem:origin-not-allowed', title: 'Origin not allowed', status: 403, requestId },
    };
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      submit(rendered);
      await rendered.view.findByRole('heading', { name: 'Your request was not sent' });
      const reference = rendered.root.querySelector('[part="reference"]');
      expect(reference?.textContent).toBe(`Reference for support: ${requestId}`);
      expect(reference?.querySelector('code')?.textContent).toBe(requestId);

      // The next failure's answer has no body: its notice shows no stale id.
      state.intakeMode = 'server-error';
      fireEvent.click(rendered.view.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(warnings).toHaveLength(2));
      await rendered.view.findByRole('heading', { name: 'Your request was not sent' });
      expect(rendered.root.querySelector('[part="reference"]')).toBeNull();
    } finally {
      console.warn = original;
    }
  });

  it('when sending fails, says what to do next and retries with the same id', async () => {
    const rendered = await renderIntake();
    fillValid(rendered);
    tick(rendered);
    state.intakeMode = 'server-error';
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    submit(rendered);

    const heading = await rendered.view.findByRole('heading', { name: 'Your request was not sent' }).finally(() => {
      console.warn = original;
    });
    expect(warnings).toEqual(['[retainer] intake: the collector did not accept the request (500 about:blank)']);
    await waitFor(() => expect(rendered.root.activeElement).toBe(heading));
    expect(rendered.view.getByRole('link', { name: '+1 617 555 0100' }).getAttribute('href')).toBe('tel:+16175550100');
    expect(rendered.view.getByRole('link', { name: 'intake@harborvale.example' }).getAttribute('href')).toBe(
      'mailto:intake@harborvale.example',
    );

    state.intakeMode = 'store';
    fireEvent.click(rendered.view.getByRole('button', { name: 'Try again' }));
    await rendered.view.findByText('HV-7K3M');
    expect(new Set(state.intakeRequests.map((body) => body.id)).size).toBe(1);
    expect(state.stored.size).toBe(1);
  });

  it('maps the collector’s 422 errors onto the fields', async () => {
    const rendered = await renderIntake();
    fillValid(rendered);
    tick(rendered);
    state.nextProblem = {
      status: 422,
      body: {
        type: problemTypes.validation,
        title: 'Invalid submission',
        status: 422,
        errors: [{ path: 'fields.adverseParties.0', code: 'too_long' }],
      },
    };
    submit(rendered);
    await waitFor(() => expect(errorOf(rendered, 'adverseParties-0')).toBe('This is too long. Please shorten it.'));
    expect(rendered.root.activeElement).toBe(rendered.input('adverseParties-0'));
    expect(rendered.view.getByRole('button', { name: 'Send request' })).toBeTruthy();
  });

  it('waits out the minimum fill time instead of refusing a fast person', async () => {
    state.config.intake.minFillMs = 300;
    const rendered = await renderIntake();
    fillValid(rendered);
    tick(rendered);
    submit(rendered);
    await rendered.view.findByText('HV-7K3M');
    expect(state.intakeRequests[0]?.fillMs).toBeGreaterThanOrEqual(300);
  });

  it('adds and removes names of other parties', async () => {
    const rendered = await renderIntake();
    const legend = rendered.view.getByRole('group', { name: 'Other parties involved' });
    fireEvent.click(within(legend).getByRole('button', { name: '+ Add a name' }));
    expect(rendered.root.activeElement).toBe(rendered.input('adverseParties-1'));
    fireEvent.input(rendered.input('adverseParties-1'), { target: { value: 'Bob Smith' } });
    fireEvent.click(within(legend).getByRole('button', { name: 'Remove name 1' }));
    expect(
      within(legend)
        .getAllByRole('textbox')
        .map((el) => (el as HTMLInputElement).value),
    ).toEqual(['Bob Smith']);
  });

  it('keeps personal data out of browser storage, and stores a journey id only after an interaction', async () => {
    const rendered = await renderIntake();
    expect(localStorage.length).toBe(0);
    fillValid(rendered);
    tick(rendered);
    submit(rendered);
    await rendered.view.findByText('HV-7K3M');

    const stored = [localStorage, sessionStorage].flatMap((storage) =>
      Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i) ?? '')}`),
    );
    expect(stored).toEqual([expect.stringMatching(/^retainer:journey:harbor-vale=[A-Za-z0-9_-]{16,64}$/)]);
    for (const personal of ['Ann', 'ann@example.com', 'salary', 'Acme']) expect(stored.join()).not.toContain(personal);
    expect(document.cookie).toBe('');
    if (typeof indexedDB !== 'undefined') expect(await indexedDB.databases()).toEqual([]);
  });

  it('uses only constructable style sheets: no <style> elements, no style attributes', async () => {
    const { root, host } = await renderIntake({ accent: '#7a1f3d' });
    expect(root.adoptedStyleSheets.length).toBeGreaterThanOrEqual(3);
    expect(root.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(host.hasAttribute('style')).toBe(false);
    const css = root.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('');
    expect(css).toMatch(/--retainer-accent:\s*#7a1f3d/);
  });
});

describe('intake loading', () => {
  it('tells the host page when it is ready', async () => {
    const ready: CustomEvent[] = [];
    document.addEventListener('retainer:ready', (event) => ready.push(event as CustomEvent), { once: true });
    await renderIntake();
    expect(ready[0]?.detail).toEqual({ widget: 'intake', site: 'harbor-vale' });
  });

  it('shows an error with a retry when the site config cannot load', async () => {
    const original = console.warn;
    const warnings: unknown[] = [];
    console.warn = (message: unknown) => warnings.push(message);
    try {
      state.config = { ...state.config, site: 'someone-else' };
      const host = document.createElement('retainer-intake');
      document.body.append(host);
      mounted.push(mount(host, { src: `${endpoint}/w/intake.js`, data: { site: 'harbor-vale' } }, { retries: 0 }));
      const view = within(host.shadowRoot as unknown as HTMLElement);
      const alert = await view.findByRole('alert');
      expect(alert.textContent).toContain('The form could not be loaded.');
      // The answer's request id, for support (issue 19).
      expect(alert.querySelector('[part="reference"]')?.textContent).toBe('Reference for support: req-unknown-site');
      expect(warnings[0]).toMatch(/^\[retainer\] intake: could not load the settings of site "harbor-vale"/);

      state.config = { ...state.config, site: 'harbor-vale' };
      fireEvent.click(view.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(view.getByRole('form').hasAttribute('data-paint-step')).toBe(false), {
        timeout: 3000,
      });
    } finally {
      console.warn = original;
    }
  });

  it('reports an impression once it is on screen', async () => {
    const original = window.IntersectionObserver;
    // happy-dom never reports intersections; this one says every target is visible.
    window.IntersectionObserver = class {
      constructor(private callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        this.callback([{ isIntersecting: true, target } as IntersectionObserverEntry], this as never);
      }
      disconnect() {}
      unobserve() {}
    } as unknown as typeof IntersectionObserver;
    try {
      await renderIntake();
      const shown = () => state.events.filter((e) => e.type === 'intake.shown');
      await waitFor(() => expect(shown().map((e) => e.stage)).toEqual(['discover']));
      expect(localStorage.length).toBe(0);
    } finally {
      window.IntersectionObserver = original;
    }
  });
});
