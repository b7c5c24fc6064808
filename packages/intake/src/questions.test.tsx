import type { IntakeQuestion } from '@retainer/schema';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mount } from './index.ts';
import { createTestCollector, endpoint } from './test-collector.ts';

const { server, state } = createTestCollector();
const mounted: (() => void)[] = [];

const visa: IntakeQuestion = {
  id: 'q-visa',
  kind: 'choice',
  label: { en: 'Visa type', ru: 'Тип визы', zh: '签证类型' },
  required: true,
  options: [
    { id: 'work', label: { en: 'Work visa', ru: 'Рабочая виза', zh: '工作签证' } },
    { id: 'student', label: { en: 'Student visa', ru: 'Студенческая виза', zh: '学生签证' } },
  ],
  showWhen: { practiceAreas: ['immigration'] },
};
const sponsor: IntakeQuestion = {
  id: 'q-sponsor',
  kind: 'shortText',
  label: { en: 'Sponsoring employer', ru: 'Работодатель-спонсор', zh: '担保雇主' },
  required: true,
  showWhen: { answer: { field: 'q-visa', equals: 'work' } },
};
const children: IntakeQuestion = {
  id: 'q-children',
  kind: 'yesNo',
  label: { en: 'Are there children?', ru: 'Есть ли дети?', zh: '是否有子女？' },
  required: false,
  showWhen: { practiceAreas: ['family'] },
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state.config.practiceAreas.push({ id: 'immigration', label: { en: 'Immigration', ru: 'Иммиграция', zh: '移民' } });
  state.config.intake.questions = [visa, sponsor, children];
});
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
  document.body.replaceChildren();
  Object.assign(state, createTestCollector().state, { intakeRequests: [], stored: new Map(), events: [] });
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.close());

async function renderIntake(lang: string) {
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
    fireEvent.input(input('description'), { target: { value: 'My work permit runs out in May.' } });
    fireEvent.click(input('disclaimer'));
  };
  const submit = () => fireEvent.submit(root.querySelector('form') as HTMLFormElement);
  return { root, view, input, fill, submit };
}

describe('the firm’s own questions in the intake form (issue 17)', () => {
  it.each([
    ['en', 'Immigration', 'Work visa', 'This field is required.', 'Yes'],
    ['ru', 'Иммиграция', 'Рабочая виза', 'Заполните это поле.', 'Да'],
    ['zh', '移民', '工作签证', '此项为必填项。', '是'],
  ])(
    'in %s: shows a question only for its practice area, with its legend, error and focus',
    async (lang, area, work, required, yes) => {
      const { root, view, input, fill, submit } = await renderIntake(lang);
      const label = visa.label[lang as 'en'] as string;
      expect(view.queryByRole('group', { name: label })).toBeNull();

      fireEvent.change(input('practiceArea'), { target: { value: 'immigration' } });
      expect((input('practiceArea') as unknown as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(area);
      const group = await view.findByRole('group', { name: label });
      expect(group.querySelector('legend')?.textContent).toBe(`${label} *`);
      expect(within(group).getByRole('radio', { name: work })).toBeTruthy();
      expect(view.queryByRole('group', { name: new RegExp(children.label[lang as 'en'] as string) })).toBeNull();

      fill();
      submit();
      await waitFor(() => expect(root.getElementById('f-answers-q-visa-error')?.textContent).toBe(required));
      expect(group.getAttribute('aria-describedby')).toBe('f-answers-q-visa-error');
      // The first field that needs attention is the question's first option.
      await waitFor(() => expect(root.activeElement).toBe(input('answers-q-visa')));
      expect(state.intakeRequests).toHaveLength(0);

      // Choosing "work" shows the follow-up question, required too.
      fireEvent.click(within(group).getByRole('radio', { name: work }));
      expect(root.getElementById('f-answers-q-visa-error')).toBeNull();
      const sponsorInput = await view.findByLabelText(`${sponsor.label[lang as 'en']} *`);
      fireEvent.input(sponsorInput, { target: { value: '  Quillfeather Robotics ' } });

      // The family question is yes/no in the visitor's language, and only for family matters.
      fireEvent.change(input('practiceArea'), { target: { value: 'family' } });
      const kids = await view.findByRole('group', { name: children.label[lang as 'en'] as string });
      expect(within(kids).getByRole('radio', { name: yes })).toBeTruthy();
      expect(view.queryByRole('group', { name: label })).toBeNull();
      fireEvent.change(input('practiceArea'), { target: { value: 'immigration' } });

      submit();
      await waitFor(() => expect(state.intakeRequests).toHaveLength(1));
      expect(state.intakeRequests[0]?.answers).toEqual({ 'q-visa': 'work', 'q-sponsor': 'Quillfeather Robotics' });
    },
  );

  it('sends no answer to a question hidden again, and keeps hidden chains out', async () => {
    const { view, input, fill, submit } = await renderIntake('en');
    fireEvent.change(input('practiceArea'), { target: { value: 'immigration' } });
    fireEvent.click(await view.findByRole('radio', { name: 'Work visa' }));
    fireEvent.input(await view.findByLabelText('Sponsoring employer *'), { target: { value: 'Acme' } });
    fireEvent.change(input('practiceArea'), { target: { value: 'family' } });
    fireEvent.click(await view.findByRole('radio', { name: 'No' }));
    fill();
    submit();
    await waitFor(() => expect(state.intakeRequests).toHaveLength(1));
    expect(state.intakeRequests[0]?.answers).toEqual({ 'q-children': 'no' });
  });

  it('asks for the phone number when the visitor chooses to be phoned, on a site without questions too', async () => {
    state.config.intake.questions = undefined;
    const { root, view, input, fill, submit } = await renderIntake('en');
    expect(input('phone').required).toBe(false);
    fireEvent.change(input('practiceArea'), { target: { value: 'family' } });
    fireEvent.click(view.getByRole('radio', { name: 'Phone' }));
    // The rule's chunk comes with the first input.
    await waitFor(() => expect(input('phone').required).toBe(true));
    expect(root.querySelector('label[for="f-phone"]')?.textContent).toBe('Phone *');
    fill();
    submit();
    await waitFor(() => expect(root.getElementById('f-phone-error')?.textContent).toBe('This field is required.'));
    expect(state.intakeRequests).toHaveLength(0);
    // Choosing email instead lifts it, and the error goes with it.
    fireEvent.click(view.getByRole('radio', { name: 'Email' }));
    expect(root.getElementById('f-phone-error')).toBeNull();
    submit();
    await waitFor(() => expect(state.intakeRequests).toHaveLength(1));
  });
});
