import { fireEvent, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as survey from './index.ts';
import en from './messages/en.ts';
import ru from './messages/ru.ts';
import zh from './messages/zh.ts';
import { createTestCollector, endpoint, type FakeInvitation, token } from './test-collector.ts';

const { mount } = survey;
const { server, state } = createTestCollector();
const mounted: (() => void)[] = [];
const options = { retries: 1, retryDelay: () => 0, flushDelay: 0 };
let next = 0;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  for (const unmount of mounted.splice(0)) unmount();
  document.body.replaceChildren();
  state.invitations.clear();
  state.answers.length = 0;
  state.events.length = 0;
  localStorage.clear();
});
afterAll(() => server.close());

async function renderSurvey(invitation: FakeInvitation | null, attributes: Record<string, string> = {}) {
  const key = token(++next);
  if (invitation) state.invitations.set(key, invitation);
  const host = document.createElement('retainer-survey');
  host.setAttribute('token', key);
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  document.body.append(host);
  mounted.push(mount(host, { src: `${endpoint}/w/survey.js`, data: { site: 'harbor-vale' } }, options));
  const root = host.shadowRoot as ShadowRoot;
  const view = within(root as unknown as HTMLElement);
  await waitFor(() => expect(root.querySelector('form, .thanks, .notice')).not.toBeNull());
  return { host, root, view, key };
}

const radios = (root: ShadowRoot, name = 'score') => [
  ...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
];
const checked = (root: ShadowRoot, name = 'score') => radios(root, name).find((r) => r.checked)?.value;
const types = () => state.events.map((e) => `${e.stage}:${e.type}`);

describe('client survey', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(survey).sort()).toEqual(['mount']);
  });

  it('asks the NPS question with a 0–10 scale named at both ends', async () => {
    const { view, root } = await renderSurvey({ measure: 'nps', lang: 'en' });
    expect(view.getByText('How likely are you to recommend Harbor & Vale LLP to a friend or colleague?')).toBeTruthy();
    expect(radios(root).map((r) => r.value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(view.getByRole('radio', { name: '0 – Not at all likely' })).toBeTruthy();
    expect(view.getByRole('radio', { name: '10 – Extremely likely' })).toBeTruthy();
    await waitFor(() => expect(types()).toEqual(['feedback:survey.invitation_opened', 'feedback:survey.shown']));
    expect(state.events[1]?.props).toMatchObject({ measure: 'nps', practiceArea: 'family' });
  });

  it('chooses a score with the keyboard: arrows, Home and End', async () => {
    const { root } = await renderSurvey({ measure: 'nps', lang: 'en' });
    const first = radios(root)[0] as HTMLInputElement;
    // One tab stop for the group.
    expect(radios(root).filter((r) => r.tabIndex === 0)).toEqual([first]);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(checked(root)).toBe('1');
    fireEvent.keyDown(root.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(root.activeElement as Element, { key: 'ArrowRight' });
    expect(checked(root)).toBe('3');
    expect((root.activeElement as HTMLInputElement).value).toBe('3');
    fireEvent.keyDown(root.activeElement as Element, { key: 'End' });
    expect(checked(root)).toBe('10');
    fireEvent.keyDown(root.activeElement as Element, { key: 'ArrowRight' });
    expect(checked(root)).toBe('10');
    fireEvent.keyDown(root.activeElement as Element, { key: 'Home' });
    expect(checked(root)).toBe('0');
    expect(
      radios(root)
        .filter((r) => r.tabIndex === 0)
        .map((r) => r.value),
    ).toEqual(['0']);
  });

  it('sends without a comment: the comment is optional', async () => {
    const { root, view } = await renderSurvey({ measure: 'csat', lang: 'en' });
    expect(radios(root).map((r) => r.value)).toEqual(['1', '2', '3', '4', '5']);
    fireEvent.click(radios(root)[3] as HTMLInputElement);
    fireEvent.click(view.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(view.getByText('Thank you for your answer.')).toBeTruthy());
    expect(state.answers).toEqual([{ site: 'harbor-vale', token: token(next), score: 4 }]);
    expect(state.contentTypes[0]).toContain('text/plain');
    await waitFor(() => expect(types()).toContain('feedback:survey.answered'));
    expect(types()).not.toContain('feedback:survey.commented');
    expect(state.events.find((e) => e.type === 'survey.answered')?.props).toMatchObject({ measure: 'csat', score: 4 });
  });

  it('sends the comment and the lawyer score when given', async () => {
    const lawyer = { id: 'l-hart', name: 'Eleanor Hart' };
    const { root, view } = await renderSurvey({ measure: 'ces', lang: 'en', lawyer });
    expect(view.getByText('How easy was it to reach us?')).toBeTruthy();
    expect(view.getByRole('radio', { name: '1 – Very difficult' })).toBeTruthy();
    fireEvent.click(radios(root)[1] as HTMLInputElement);
    fireEvent.click(radios(root, 'lawyer-score')[4] as HTMLInputElement);
    fireEvent.input(view.getByLabelText(en.comment), { target: { value: '  Phone rang out twice. ' } });
    fireEvent.click(view.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(state.answers).toHaveLength(1));
    expect(state.answers[0]).toMatchObject({ score: 2, lawyerScore: 5, comment: 'Phone rang out twice.' });
    await waitFor(() => expect(types()).toContain('feedback:survey.commented'));
    // The comment text never goes into journey events.
    expect(JSON.stringify(state.events)).not.toContain('Phone');
  });

  it('asks for a score before sending', async () => {
    const { view } = await renderSurvey({ measure: 'nps', lang: 'en' });
    fireEvent.click(view.getByRole('button', { name: 'Send' }));
    expect(await view.findByText('Choose a score first.')).toBeTruthy();
    expect(state.answers).toEqual([]);
  });

  it('thanks every client with the review links and contact, whatever the score', async () => {
    for (const [measure, score] of [
      ['nps', 0],
      ['nps', 6],
      ['nps', 8],
      ['nps', 10],
      ['csat', 1],
      ['ces', 5],
    ] as const) {
      const { root, view } = await renderSurvey({ measure, lang: 'en' });
      fireEvent.click(radios(root).find((r) => r.value === String(score)) as HTMLInputElement);
      fireEvent.click(view.getByRole('button', { name: 'Send' }));
      await waitFor(() => expect(view.getByText('Thank you for your answer.')).toBeTruthy());
      const google = view.getByRole('link', { name: /Review us on Google/ });
      expect(google.getAttribute('href')).toBe('https://g.example/review');
      expect(google.getAttribute('rel')).toContain('noopener');
      expect(view.getByRole('link', { name: /Review us on Avvo/ })).toBeTruthy();
      expect(view.getByRole('link', { name: 'Call +1 617 555 0142' }).getAttribute('href')).toBe('tel:+16175550142');
      // Focus moves to the thanks once it has rendered (an effect).
      await waitFor(() => expect(root.activeElement?.textContent).toBe('Thank you for your answer.'));
      for (const unmount of mounted.splice(0)) unmount();
    }
    fireEvent.click(document.body); // nothing left mounted
  });

  it('records a followed review link', async () => {
    const { root, view } = await renderSurvey({ measure: 'nps', lang: 'en' });
    fireEvent.click(radios(root)[9] as HTMLInputElement);
    fireEvent.click(view.getByRole('button', { name: 'Send' }));
    const link = await view.findByRole('link', { name: /Review us on Google/ });
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    await waitFor(() => expect(types()).toContain('feedback:survey.review_followed'));
  });

  it('says thanks, already answered, for a token that has answered', async () => {
    const { view, root } = await renderSurvey({ measure: 'nps', lang: 'en', answered: true });
    expect(view.getByText('Thank you, you have already answered this survey.')).toBeTruthy();
    expect(root.querySelector('form')).toBeNull();
    expect(view.getByRole('link', { name: /Review us on Google/ })).toBeTruthy();
  });

  it('shows the already-answered thanks when a second device answered first', async () => {
    const { root, view } = await renderSurvey({ measure: 'nps', lang: 'en' });
    const invitation = state.invitations.get(token(next));
    if (invitation) invitation.answered = true;
    fireEvent.click(radios(root)[10] as HTMLInputElement);
    fireEvent.click(view.getByRole('button', { name: 'Send' }));
    expect(await view.findByText('Thank you, you have already answered this survey.')).toBeTruthy();
  });

  it("shows a failed answer's request id for support (issue 19)", async () => {
    const requestId = '01JEXAMPLE7Q4ZK3M8N2P5R6ST';
    const { root, view } = await renderSurvey({ measure: 'nps', lang: 'en' });
    // Every attempt fails: the transport retries a 500 (options: 1 retry), so the visitor sees the last one's id.
    let attempts = 0;
    server.use(
      http.post(`${endpoint}/v1/survey`, () => {
        attempts++;
        return HttpResponse.json(
          { type: 'urn:retainer:problem:internal', title: 'Internal error', status: 500, requestId },
          { status: 500, headers: { 'content-type': 'application/problem+json' } },
        );
      }),
    );
    expect(root.querySelector('[part="reference"]')).toBeNull();
    fireEvent.click(radios(root)[9] as HTMLInputElement);
    fireEvent.click(view.getByRole('button', { name: 'Send' }));
    expect(await view.findByText(en.sendFailed)).toBeTruthy();
    const reference = root.querySelector('[part="reference"]');
    expect(reference?.textContent).toBe(`Reference for support: ${requestId}`);
    expect(reference?.querySelector('code')?.textContent).toBe(requestId);
    expect(attempts).toBe(2);
  });

  it('says when a link is not valid any more', async () => {
    const expired = await renderSurvey({ measure: 'nps', lang: 'en', refuse: 410 });
    expect(expired.view.getByText(en.invalid)).toBeTruthy();
    const unknown = await renderSurvey(null);
    expect(unknown.view.getByText(en.invalid)).toBeTruthy();
  });

  it("speaks the client's language from the invitation", async () => {
    for (const [lang, t] of [
      ['en', en],
      ['ru', ru],
      ['zh', zh],
    ] as const) {
      const { root, view } = await renderSurvey({ measure: 'nps', lang });
      expect(view.getByText(t.questions.nps('Harbor & Vale LLP'))).toBeTruthy();
      expect(root.querySelector('.survey')?.getAttribute('lang')).toBe(lang);
      fireEvent.click(radios(root)[9] as HTMLInputElement);
      fireEvent.click(view.getByRole('button', { name: t.send }));
      expect(await view.findByText(t.thanks)).toBeTruthy();
      expect(view.getByRole('link', { name: new RegExp(t.reviewOn('Google')) })).toBeTruthy();
    }
  });

  it('has every message in every language', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value;
    expect(shape(ru)).toEqual(shape(en));
    expect(shape(zh)).toEqual(shape(en));
  });

  it('opens as a dialog that traps focus, closes with Escape and gives focus back', async () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const { root, view, host } = await renderSurvey({ measure: 'nps', lang: 'en' }, { mode: 'dialog' });
    const dialog = view.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-labelledby')).toBe('survey-title');
    // The title takes focus in an effect after the first paint; on a busy machine that can come a tick later.
    await waitFor(() => expect(root.activeElement?.id).toBe('survey-title'));
    const send = view.getByRole('button', { name: 'Send' });
    send.focus();
    fireEvent.keyDown(send, { key: 'Tab' });
    expect(root.activeElement).toBe(view.getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(root.activeElement as Element, { key: 'Tab', shiftKey: true });
    expect(root.activeElement).toBe(send);
    fireEvent.keyDown(send, { key: 'Escape' });
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
    expect(document.activeElement).toBe(before);
    expect(host.isConnected).toBe(true);
  });

  it('starts over when the host gets a new token', async () => {
    const { host, view } = await renderSurvey({ measure: 'nps', lang: 'en', answered: true });
    expect(view.getByText(en.alreadyAnswered)).toBeTruthy();
    state.invitations.set(token(999), { measure: 'csat', lang: 'en' });
    host.setAttribute('token', token(999));
    expect(await view.findByText(en.questions.csat)).toBeTruthy();
  });
});
