// A file of its own: consent and GPC are page-wide state in the shared runtime.
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mount } from './index.ts';
import { referralSource } from './referral-source.ts';
import { createTestCollector, endpoint } from './test-collector.ts';

const { server, state } = createTestCollector();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function fillAndSend(data: Record<string, string> = {}) {
  const host = document.createElement('retainer-intake');
  document.body.append(host);
  const unmount = mount(
    host,
    { src: `${endpoint}/w/intake.js`, data: { site: 'harbor-vale', lang: 'en', ...data } },
    { retries: 1, retryDelay: () => 0, flushDelay: 0 },
  );
  const root = host.shadowRoot as ShadowRoot;
  const view = within(root as unknown as HTMLElement);
  await waitFor(() => expect(view.getByRole('form').hasAttribute('data-paint-step')).toBe(false), { timeout: 3000 });
  const input = (path: string) => root.getElementById(`f-${path}`) as HTMLInputElement;
  fireEvent.input(input('name'), { target: { value: 'Ann Lee' } });
  fireEvent.input(input('email'), { target: { value: 'ann@example.com' } });
  fireEvent.change(input('practiceArea'), { target: { value: 'family' } });
  fireEvent.input(input('description'), { target: { value: 'Unpaid salary.' } });
  fireEvent.input(input('adverseParties-0'), { target: { value: 'Acme Corp' } });
  fireEvent.input(input('referral'), { target: { value: 'My sister recommended you' } });
  fireEvent.click(input('disclaimer'));
  fireEvent.submit(root.querySelector('form') as HTMLFormElement);
  await view.findByText('HV-7K3M');
  return unmount;
}

describe('intake and privacy', () => {
  it('still sends the form when GPC is on, without a journey id and without analytics events', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const unmount = await fillAndSend();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.stored.size).toBe(1);
    expect([...state.stored.values()][0]?.journey).toBeUndefined();
    expect(state.events).toEqual([]);
    expect(localStorage.length).toBe(0);
    unmount();
    Reflect.deleteProperty(navigator, 'globalPrivacyControl');
    state.stored.clear();
  });

  it('sends the form on a consent-required site before consent, with no journey id and no events', async () => {
    const unmount = await fillAndSend({ consent: 'required' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.stored.size).toBe(1);
    expect([...state.stored.values()][0]?.journey).toBeUndefined();
    expect(state.events).toEqual([]);
    expect(localStorage.length).toBe(0);
    unmount();
  });
});

describe('intake events', () => {
  it('send the referral as a category, never the words', async () => {
    state.stored.clear();
    (window as unknown as { Retainer: (...args: unknown[]) => void }).Retainer('consent', true);
    const unmount = await fillAndSend({ consent: 'required' });
    await waitFor(() => expect(state.events.map((e) => e.type)).toContain('intake.submitted'));
    const submitted = state.events.find((e) => e.type === 'intake.submitted');
    expect(submitted?.props).toMatchObject({ practiceArea: 'family', source: 'referral', lang: 'en' });
    expect(JSON.stringify(state.events)).not.toContain('sister');
    unmount();
  });

  it('classes answers in every language', () => {
    expect(referralSource('Google')).toBe('search');
    expect(referralSource('друг посоветовал, рекомендация')).toBe('referral');
    expect(referralSource('在微信上看到')).toBe('social');
    expect(referralSource('a billboard')).toBe('other');
    expect(referralSource('  ')).toBeUndefined();
  });
});
