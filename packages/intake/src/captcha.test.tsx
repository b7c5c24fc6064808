/**
 * Issue 9: the optional human check. The provider's script is replaced by a fake `window.turnstile` /
 * `window.hcaptcha` (what the real scripts define); the collector is msw's, as in the other intake tests.
 */
import { problemTypes } from '@retainer/schema';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mount } from './index.ts';
import { createTestCollector, endpoint } from './test-collector.ts';

const { server, state } = createTestCollector();
const mounted: (() => void)[] = [];
const globals = window as unknown as Record<string, unknown>;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
  document.body.replaceChildren();
  for (const script of document.head.querySelectorAll('script')) script.remove();
  Object.assign(state, createTestCollector().state, { intakeRequests: [], stored: new Map(), events: [] });
  delete globals.turnstile;
  delete globals.hcaptcha;
  localStorage.clear();
});
afterAll(() => server.close());

type Params = Record<string, unknown> & { callback: (token: string) => void; 'expired-callback': () => void };

/** What the provider's script defines, recording each widget it renders. */
function fakeProvider(name: 'turnstile' | 'hcaptcha') {
  const widgets: { container: HTMLElement; params: Params }[] = [];
  const api = {
    render: vi.fn((container: HTMLElement, params: Params) => {
      widgets.push({ container, params });
      return `widget-${widgets.length}`;
    }),
    reset: vi.fn(),
    remove: vi.fn(),
  };
  globals[name] = api;
  const last = () => {
    const widget = widgets.at(-1);
    if (!widget) throw new Error('no widget rendered');
    return widget;
  };
  return { api, widgets, pass: (token: string) => last().params.callback(token), last };
}

async function renderIntake(lang = 'en') {
  const host = document.createElement('retainer-intake');
  document.body.append(host);
  mounted.push(
    mount(
      host,
      { src: `${endpoint}/w/intake.js`, data: { site: 'harbor-vale', lang } },
      { retries: 1, retryDelay: () => 0, flushDelay: 0 },
    ),
  );
  const root = host.shadowRoot as ShadowRoot;
  const view = within(root as unknown as HTMLElement);
  await waitFor(() => expect(view.getByRole('form').hasAttribute('data-paint-step')).toBe(false), { timeout: 3000 });
  const input = (path: string) => root.getElementById(`f-${path}`) as HTMLInputElement;
  const fill = () => {
    fireEvent.input(input('name'), { target: { value: 'Ann Lee' } });
    fireEvent.input(input('email'), { target: { value: 'ann@example.com' } });
    fireEvent.change(input('practiceArea'), { target: { value: 'family' } });
    fireEvent.input(input('description'), { target: { value: 'My former employer has not paid my last salary.' } });
    fireEvent.click(input('disclaimer'));
  };
  const submit = () => fireEvent.submit(root.querySelector('form') as HTMLFormElement);
  const check = () => root.querySelector('[part="captcha"]') as HTMLFieldSetElement | null;
  return { host, root, view, input, fill, submit, check };
}

const useTurnstile = () => {
  state.config.intake.captcha = { provider: 'turnstile', siteKey: '0x4AAAAAAAsitekey' };
};

describe('intake human check', () => {
  it('sites without a check load nothing and send no token', async () => {
    const provider = fakeProvider('turnstile');
    const rendered = await renderIntake();
    rendered.fill();
    rendered.submit();
    await rendered.view.findByText('HV-7K3M');
    expect(provider.api.render).not.toHaveBeenCalled();
    expect(rendered.check()).toBeNull();
    expect(rendered.host.children).toHaveLength(0);
    expect(state.intakeRequests[0]).not.toHaveProperty('captcha');
  });

  it('loads nothing before the visitor starts the form, then renders Turnstile with the intake action', async () => {
    useTurnstile();
    const provider = fakeProvider('turnstile');
    const rendered = await renderIntake();
    expect(provider.api.render).not.toHaveBeenCalled();
    expect(rendered.check()).toBeNull();

    fireEvent.input(rendered.input('name'), { target: { value: 'Ann' } });
    await waitFor(() => expect(provider.api.render).toHaveBeenCalledTimes(1));
    const { container, params } = provider.last();
    expect(params).toMatchObject({ sitekey: '0x4AAAAAAAsitekey', action: 'intake', language: 'en' });
    // In the page's DOM, shown through the shadow root's slot.
    expect(container.parentElement).toBe(rendered.host);
    expect(container.slot).toBe('captcha');
    expect(rendered.root.querySelector('slot[name="captcha"]')).not.toBeNull();
    expect(rendered.view.getByRole('group', { name: 'Security check' })).toBeTruthy();
    expect(document.head.querySelector('script')).toBeNull();
  });

  it('will not send before the check is passed, says so in an alert, then sends the token', async () => {
    useTurnstile();
    const provider = fakeProvider('turnstile');
    const rendered = await renderIntake();
    rendered.fill();
    await waitFor(() => expect(provider.api.render).toHaveBeenCalled());
    rendered.submit();

    const alert = await rendered.view.findByRole('alert');
    expect(alert.textContent).toBe('Complete the security check before you send.');
    expect(rendered.check()?.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(rendered.root.activeElement).toBe(rendered.check()));
    expect(state.intakeRequests).toHaveLength(0);

    provider.pass('token-1');
    await waitFor(() => expect(rendered.view.queryByRole('alert')).toBeNull());
    rendered.submit();
    await rendered.view.findByText('HV-7K3M');
    expect(state.intakeRequests).toHaveLength(1);
    expect(state.intakeRequests[0]?.captcha).toBe('token-1');
  });

  it('when the collector refuses the token: resets the check, keeps the answers and the id, sends the new token', async () => {
    useTurnstile();
    const provider = fakeProvider('turnstile');
    const rendered = await renderIntake();
    rendered.fill();
    await waitFor(() => expect(provider.api.render).toHaveBeenCalled());
    provider.pass('token-used');
    state.nextProblem = {
      status: 403,
      body: {
        type: problemTypes.captchaFailed,
        title: 'The human check failed',
        status: 403,
        errors: [{ path: 'captcha', code: 'replayed' }],
      },
    };
    rendered.submit();

    const alert = await rendered.view.findByRole('alert');
    expect(alert.textContent).toMatch(/security check has expired/);
    expect(provider.api.reset).toHaveBeenCalledWith('widget-1');
    expect(rendered.input('name').value).toBe('Ann Lee');
    expect(state.stored.size).toBe(0);

    provider.pass('token-fresh');
    rendered.submit();
    await rendered.view.findByText('HV-7K3M');
    const [first, second] = state.intakeRequests;
    expect(second?.id).toBe(first?.id);
    expect([first?.captcha, second?.captcha]).toEqual(['token-used', 'token-fresh']);
    expect(state.stored.size).toBe(1);
  });

  it('clears an expired token, so the visitor is asked again', async () => {
    useTurnstile();
    const provider = fakeProvider('turnstile');
    const rendered = await renderIntake();
    rendered.fill();
    await waitFor(() => expect(provider.api.render).toHaveBeenCalled());
    provider.pass('token-1');
    provider.last().params['expired-callback']();
    rendered.submit();
    expect((await rendered.view.findByRole('alert')).textContent).toBe('Complete the security check before you send.');
    expect(state.intakeRequests).toHaveLength(0);
  });

  it('when the provider script cannot load: says so, offers phone and email, keeps the answers', async () => {
    useTurnstile();
    const rendered = await renderIntake();
    rendered.fill();
    const script = await waitFor(() => {
      const found = document.head.querySelector('script');
      expect(found).not.toBeNull();
      return found as HTMLScriptElement;
    });
    expect(script.src).toBe('https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit');
    // What a CSP block or an offline network does to a script element.
    script.dispatchEvent(new Event('error'));

    const alert = await rendered.view.findByRole('alert');
    expect(alert.textContent).toMatch(/security check could not load/);
    expect(within(alert).getByRole('link', { name: '+1 617 555 0100' }).getAttribute('href')).toBe('tel:+16175550100');
    expect(within(alert).getByRole('link', { name: 'intake@harborvale.example' })).toBeTruthy();
    rendered.submit();
    await waitFor(() => expect(rendered.root.activeElement).toBe(rendered.check()));
    expect(state.intakeRequests).toHaveLength(0);
    expect(rendered.input('description').value).toBe('My former employer has not paid my last salary.');
  });

  it('hCaptcha: renders in the visitor language with no action, speaks Russian and Chinese', async () => {
    state.config.intake.captcha = { provider: 'hcaptcha', siteKey: '10000000-ffff-ffff-ffff-000000000001' };
    const provider = fakeProvider('hcaptcha');
    const ru = await renderIntake('ru');
    ru.fill();
    await waitFor(() => expect(provider.api.render).toHaveBeenCalled());
    expect(provider.last().params).toMatchObject({ sitekey: '10000000-ffff-ffff-ffff-000000000001', hl: 'ru' });
    expect(provider.last().params.action).toBeUndefined();
    ru.submit();
    expect((await ru.view.findByRole('alert')).textContent).toBe('Пройдите проверку безопасности перед отправкой.');
    expect(ru.view.getByRole('group', { name: 'Проверка безопасности' })).toBeTruthy();

    const zh = await renderIntake('zh');
    fireEvent.input(zh.input('name'), { target: { value: '李' } });
    await waitFor(() => expect(provider.api.render).toHaveBeenCalledTimes(2));
    expect(provider.last().params.hl).toBe('zh-CN');
    expect(zh.view.getByRole('group', { name: '安全验证' })).toBeTruthy();
  });
});
