import { mount as mountIntake } from '@retainer/intake';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mount } from './index.ts';
import { createTestCollector, endpoint } from './test-collector.ts';

const { server, state } = createTestCollector();
const mounted: (() => void)[] = [];
const options = { retries: 1, retryDelay: () => 0, flushDelay: 0 };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
  document.body.replaceChildren();
  for (const script of document.head.querySelectorAll('script')) script.remove();
  Object.assign(state, createTestCollector().state);
  localStorage.clear();
});
afterAll(() => server.close());

async function renderDirectory(attributes: Record<string, string> = {}, lang = 'en') {
  const host = document.createElement('retainer-directory');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  document.body.append(host);
  mounted.push(mount(host, { src: `${endpoint}/w/directory.js`, data: { site: 'harbor-vale', lang } }, options));
  const root = host.shadowRoot as ShadowRoot;
  const view = within(root as unknown as HTMLElement);
  await waitFor(() => expect(root.querySelector('.cards, .empty')).not.toBeNull());
  const names = () => [...root.querySelectorAll('.card .open')].map((b) => b.textContent);
  return { host, root, view, names };
}

const types = () => state.events.map((e) => `${e.stage}:${e.type}`);

describe('lawyer directory', () => {
  it('shows active lawyers as cards, never departed ones', async () => {
    const { names, view } = await renderDirectory();
    expect(names()).toEqual(['Eleanor Hart', 'Daniel Lin', 'Irina Volkova']);
    expect(view.queryByText('Gone Person')).toBeNull();
    expect(view.getByText('3 lawyers')).toBeTruthy();
    // Languages are named by the browser, practice areas by the site's labels.
    expect(view.getByText('English, Chinese')).toBeTruthy();
    expect(view.getByText('Immigration · Business')).toBeTruthy();
    await waitFor(() => expect(types()).toContain('explore:directory.viewed'));
  });

  it('filters by practice area, language and office, and searches by name', async () => {
    const { root, names } = await renderDirectory();
    const select = (id: string) => root.getElementById(id) as HTMLSelectElement;
    fireEvent.change(select('d-practice'), { target: { value: 'family' } });
    expect(names()).toEqual(['Eleanor Hart', 'Irina Volkova']);
    fireEvent.change(select('d-language'), { target: { value: 'ru' } });
    expect(names()).toEqual(['Irina Volkova']);
    fireEvent.change(select('d-practice'), { target: { value: '' } });
    fireEvent.change(select('d-language'), { target: { value: '' } });
    fireEvent.change(select('d-office'), { target: { value: 'cambridge' } });
    expect(names()).toEqual(['Daniel Lin']);
    fireEvent.change(select('d-office'), { target: { value: '' } });
    fireEvent.input(root.getElementById('d-query') as HTMLInputElement, { target: { value: 'IRINA volk' } });
    expect(names()).toEqual(['Irina Volkova']);
    await waitFor(() => expect(types()).toContain('explore:directory.filtered'));
    // The search text itself never leaves the browser.
    expect(JSON.stringify(state.events)).not.toMatch(/irina/i);
  });

  it('says when no lawyer matches, and clearing the filters brings them back', async () => {
    const { root, view, names } = await renderDirectory();
    fireEvent.input(root.getElementById('d-query') as HTMLInputElement, { target: { value: 'nobody' } });
    expect(view.getByText('No lawyer matches these filters.')).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: 'Clear filters' }));
    expect(names()).toHaveLength(3);
  });

  it('says when the firm has published no lawyers', async () => {
    state.lawyers = state.lawyers.filter((l) => l.status === 'departed');
    const { view, root } = await renderDirectory();
    expect(view.getByText('No lawyer profiles are published yet.')).toBeTruthy();
    expect(root.querySelector('.filters')).toBeNull();
  });

  it('is narrowed by the placement attributes', async () => {
    const byPractice = await renderDirectory({ practice: 'immigration', layout: 'compact' });
    expect(byPractice.names()).toEqual(['Daniel Lin', 'Irina Volkova']);
    expect(byPractice.root.getElementById('d-practice')).toBeNull();
    expect(byPractice.root.querySelector('.layout-compact')).not.toBeNull();
    const byIds = await renderDirectory({ lawyers: 'l-volkova, l-hart, l-gone' });
    expect(byIds.names()).toEqual(['Eleanor Hart', 'Irina Volkova']);
    const byOffice = await renderDirectory({ office: 'cambridge' });
    expect(byOffice.names()).toEqual(['Daniel Lin']);
  });

  it('opens a profile in a modal dialog that keeps focus inside and closes on Escape', async () => {
    const { root, view } = await renderDirectory();
    const opener = view.getByRole('button', { name: 'View profile of Eleanor Hart' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = view.getByRole('dialog', { name: 'Eleanor Hart' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.activeElement?.textContent).toBe('Close');
    expect(root.querySelector('.content')?.hasAttribute('inert')).toBe(true);
    // Full details, with claims and the date they were last verified.
    const profile = within(dialog);
    expect(profile.getByText('Massachusetts, 2010')).toBeTruthy();
    expect(profile.getByText('Certified Mediator (issued by Mediation Council)')).toBeTruthy();
    expect(profile.getByText('Profile last verified on October 1, 2026')).toBeTruthy();

    const focusables = [...dialog.querySelectorAll<HTMLElement>('a[href],button')];
    const first = focusables[0]!;
    const last = focusables.at(-1)!;
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(root.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(root.activeElement).toBe(last);

    fireEvent.keyDown(last, { key: 'Escape' });
    expect(view.queryByRole('dialog')).toBeNull();
    expect(root.activeElement).toBe(opener);
    await waitFor(() => expect(types()).toContain('explore:directory.profile_opened'));
  });

  it('hides testimonials and ratings unless the site switched them on', async () => {
    const off = await renderDirectory();
    fireEvent.click(off.view.getByRole('button', { name: 'View profile of Eleanor Hart' }));
    expect(off.view.queryByText('Calm and clear.')).toBeNull();
    expect(off.view.queryByText(/Rated/)).toBeNull();
    for (const unmount of mounted.splice(0)) unmount();
    document.body.replaceChildren();

    state.showTestimonials = true;
    state.showRatings = true;
    const on = await renderDirectory();
    fireEvent.click(on.view.getByRole('button', { name: 'View profile of Eleanor Hart' }));
    expect(on.view.getByText('Calm and clear.')).toBeTruthy();
    expect(on.view.getByText('Rated 4.9 out of 5 by 41 clients')).toBeTruthy();
  });

  it('records booking, email and phone follows, with links to the lawyer', async () => {
    const { view } = await renderDirectory();
    fireEvent.click(view.getByRole('button', { name: 'View profile of Eleanor Hart' }));
    const book = view.getByRole('link', { name: /Book a consultation/ });
    expect(book.getAttribute('href')).toBe('https://harborvale.example/book/hart');
    expect(book.getAttribute('rel')).toBe('noopener noreferrer');
    const email = view.getByRole('link', { name: /ehart@harborvale.example/ });
    expect(email.getAttribute('href')).toBe('mailto:ehart@harborvale.example');
    const phone = view.getByRole('link', { name: /555 0143/ });
    expect(phone.getAttribute('href')).toBe('tel:+16175550143');
    for (const link of [book, email, phone]) link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(book);
    fireEvent.click(email);
    fireEvent.click(phone);
    await waitFor(() =>
      expect(types()).toEqual(
        expect.arrayContaining(['explore:directory.booking', 'explore:directory.email', 'explore:directory.phone']),
      ),
    );
  });

  it('hands Contact to the intake form on the same page, prefilled with the lawyer and practice area', async () => {
    const intakeHost = document.createElement('retainer-intake');
    document.body.append(intakeHost);
    mounted.push(mountIntake(intakeHost, { src: `${endpoint}/w/intake.js`, data: { site: 'harbor-vale' } }, options));
    const intake = within(intakeHost.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(intake.getByRole('form').hasAttribute('data-paint-step')).toBe(false), {
      timeout: 3000,
    });

    const { view } = await renderDirectory();
    fireEvent.click(view.getByRole('button', { name: 'View profile of Daniel Lin' }));
    fireEvent.click(view.getByRole('button', { name: 'Contact' }));
    expect(view.queryByRole('dialog')).toBeNull();
    expect(await intake.findByText('Your message will go to Daniel Lin.')).toBeTruthy();
    const area = intakeHost.shadowRoot?.getElementById('f-practiceArea') as HTMLSelectElement;
    expect(area.value).toBe('immigration');
    await waitFor(() => expect(types()).toContain('explore:directory.contact'));
  });

  it('adds schema.org JSON-LD to the head once, without departed lawyers', async () => {
    await renderDirectory();
    await renderDirectory({ practice: 'family' });
    const blocks = document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!.textContent ?? '');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LegalService',
      name: 'Harbor & Vale LLP',
    });
    expect(data.employee.map((p: { name: string }) => p.name)).toEqual(['Eleanor Hart', 'Daniel Lin', 'Irina Volkova']);
    expect(data.employee[1]).toMatchObject({
      '@type': ['Attorney', 'Person'],
      image: `${endpoint}/demo/images/attorney-lin.svg`,
      knowsLanguage: ['en', 'zh'],
    });
  });

  it('speaks Russian and Chinese', async () => {
    const ru = await renderDirectory({}, 'ru');
    expect(ru.view.getByText('3 юриста')).toBeTruthy();
    for (const unmount of mounted.splice(0)) unmount();
    const zh = await renderDirectory({}, 'zh');
    expect(zh.view.getByText('3 位律师')).toBeTruthy();
    expect(zh.view.getByLabelText('按姓名搜索')).toBeTruthy();
  });
});
