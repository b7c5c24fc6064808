import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mount } from './index.ts';
import { cleanPrefill, readPrefillFragment } from './prefill.ts';
import { createTestCollector, endpoint } from './test-collector.ts';

const { server, state } = createTestCollector();
const mounted: (() => void)[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
  document.body.replaceChildren();
  window.location.hash = '';
});
afterAll(() => server.close());

async function renderIntake() {
  const host = document.createElement('retainer-intake');
  document.body.append(host);
  mounted.push(
    mount(host, { src: `${endpoint}/w/intake.js`, data: { site: 'harbor-vale', lang: 'en' } }, { retries: 1 }),
  );
  const root = host.shadowRoot as ShadowRoot;
  const view = within(root as unknown as HTMLElement);
  await waitFor(() => expect(view.getByRole('form').hasAttribute('data-paint-step')).toBe(false), { timeout: 3000 });
  return {
    root,
    view,
    input: (id: string) => root.getElementById(`f-${id}`) as HTMLInputElement,
    area: () => (root.getElementById('f-practiceArea') as HTMLSelectElement).value,
  };
}

describe('intake prefill from the directory', () => {
  it('takes the lawyer and practice area from a retainer:prefill event on the page, and sends the lawyer', async () => {
    const { view, area, input, root } = await renderIntake();
    document.dispatchEvent(
      new CustomEvent('retainer:prefill', {
        detail: { lawyer: 'l-hart', lawyerName: 'Eleanor Hart', practiceArea: 'employment' },
      }),
    );
    expect(await view.findByText('Your message will go to Eleanor Hart.')).toBeTruthy();
    await waitFor(() => expect(area()).toBe('employment'));
    fireEvent.input(input('name'), { target: { value: 'Ann Lee' } });
    fireEvent.input(input('email'), { target: { value: 'ann@example.com' } });
    fireEvent.input(input('description'), { target: { value: 'My employer has not paid my last salary.' } });
    fireEvent.click(input('disclaimer'));
    fireEvent.submit(root.querySelector('form') as HTMLFormElement);
    await waitFor(() => expect(state.intakeRequests).toHaveLength(1));
    expect(state.intakeRequests[0]).toMatchObject({ lawyer: 'l-hart', fields: { practiceArea: 'employment' } });
  });

  it('takes them from the URL fragment on the contact page, ignoring unknown practice areas', async () => {
    window.location.hash = '#retainer-lawyer=l-lin&retainer-lawyer-name=Daniel%20Lin&retainer-practice=tax';
    const { view, area } = await renderIntake();
    expect(view.getByText('Your message will go to Daniel Lin.')).toBeTruthy();
    expect(area()).toBe('');
  });

  it('takes the handoff out of the address bar once read, keeping the page’s own fragment', async () => {
    history.replaceState(
      null,
      '',
      '/contact.html?x=1#retainer-description=My%20landlord%20kept%20my%20deposit&section=form',
    );
    const { view } = await renderIntake();
    await waitFor(() => expect(view.getByDisplayValue('My landlord kept my deposit')).toBeTruthy());
    expect(`${location.pathname}${location.search}${location.hash}`).toBe('/contact.html?x=1#section=form');
  });

  it('keeps only well-formed values', () => {
    expect(cleanPrefill({ lawyer: '../x', lawyerName: 42, practiceArea: 'family' })).toEqual({
      practiceArea: 'family',
    });
    expect(readPrefillFragment('#retainer-lawyer=l-1&retainer-practice=family')).toEqual({
      lawyer: 'l-1',
      practiceArea: 'family',
    });
  });

  it('takes the FAQ bot’s question as the description (issue 5), bounded', () => {
    expect(readPrefillFragment('#retainer-description=How%20long%20does%20probate%20take%3F')).toEqual({
      description: 'How long does probate take?',
    });
    expect(cleanPrefill({ description: 'x'.repeat(3000) }).description).toHaveLength(2000);
  });
});
