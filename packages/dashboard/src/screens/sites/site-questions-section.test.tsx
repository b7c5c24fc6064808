import type { AdminSite } from '@retainer/schema/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { site } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const withQuestions: AdminSite = {
  ...site,
  practiceAreas: [...site.practiceAreas, { id: 'immigration', label: { en: 'Immigration', ru: 'Иммиграция' } }],
  intakeQuestions: [
    {
      id: 'q-children',
      kind: 'yesNo',
      label: { en: 'Are there children?', ru: 'Есть ли дети?' },
      required: false,
      showWhen: { practiceAreas: ['family'] },
    },
  ],
};

function serveSite(answer: AdminSite = withQuestions) {
  const sent: Record<string, unknown>[] = [];
  server.use(
    http.get(apiUrl('sites/harbor-vale'), () => HttpResponse.json(answer)),
    http.get(apiUrl('sites/harbor-vale/disclaimers'), () => HttpResponse.json({ versions: [] })),
    http.put(apiUrl('sites/harbor-vale'), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push(body);
      return HttpResponse.json({ ...answer, ...body } as AdminSite);
    }),
  );
  return sent;
}

const questionRows = () => screen.getAllByRole('group', { name: /^Question \d+$/ });

// Whole-dashboard renders with dozens of inputs: beside other test files on a busy 2-core machine they can pass 5 s.
describe('site settings: the firm’s own questions (issue 17)', { timeout: 20_000 }, () => {
  it('adds an Immigration-only choice with options, after a condition on an earlier answer, and saves it', async () => {
    const sent = serveSite();
    renderDashboard('/dashboard/sites/harbor-vale');
    await screen.findByRole('heading', { name: 'Your own questions' });
    expect(questionRows()).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    const row = questionRows()[1] as HTMLElement;
    const kind = within(row).getByLabelText('Kind of answer');
    await waitFor(() => expect(document.activeElement).toBe(kind));
    fireEvent.change(kind, { target: { value: 'choice' } });
    fireEvent.input(within(row).getByLabelText(/Question \(English\)/), { target: { value: 'Visa type' } });
    fireEvent.input(within(row).getByLabelText(/Question \(Русский\)/), { target: { value: 'Тип визы' } });
    fireEvent.input(within(row).getByLabelText(/Question \(中文\)/), { target: { value: '签证类型' } });
    fireEvent.click(within(row).getByLabelText('Required when shown'));
    const options = within(row).getByRole('group', { name: 'Options' });
    fireEvent.input(within(options).getByLabelText(/Option \(English\)/), { target: { value: 'Work visa' } });
    fireEvent.click(within(options).getByRole('button', { name: 'Add an option' }));
    const second = within(options).getByRole('group', { name: 'Option 2' });
    fireEvent.input(within(second).getByLabelText(/Option \(English\)/), { target: { value: 'Student visa' } });
    fireEvent.click(within(row).getByLabelText('Immigration'));

    // The condition builder offers the contact method and earlier choice or yes/no questions, with their values.
    const field = within(row).getByLabelText('Only when this answer…') as HTMLSelectElement;
    expect([...field.options].map((o) => o.textContent)).toEqual([
      'Whatever the other answers',
      'How should we contact you?',
      'Are there children?',
    ]);
    fireEvent.change(field, { target: { value: 'contactMethod' } });
    const equals = within(row).getByLabelText('…is') as HTMLSelectElement;
    expect([...equals.options].map((o) => o.textContent)).toEqual(['—', 'Email', 'Phone', 'Either']);
    fireEvent.change(equals, { target: { value: 'phone' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    const questions = sent[0]?.intakeQuestions as AdminSite['intakeQuestions'];
    expect(questions?.[0]).toEqual(withQuestions.intakeQuestions?.[0]);
    expect(questions?.[1]).toEqual({
      id: expect.stringMatching(/^q-[a-z0-9]{8}$/),
      kind: 'choice',
      label: { en: 'Visa type', ru: 'Тип визы', zh: '签证类型' },
      required: true,
      options: [
        { id: 'option-1', label: { en: 'Work visa' } },
        { id: 'option-2', label: { en: 'Student visa' } },
      ],
      showWhen: { practiceAreas: ['immigration'], answer: { field: 'contactMethod', equals: 'phone' } },
    });
  });

  it('reorders and removes questions from the keyboard, keeping focus, and refuses a condition on a later question', async () => {
    const sent = serveSite({
      ...withQuestions,
      intakeQuestions: [
        ...(withQuestions.intakeQuestions ?? []),
        {
          id: 'q-custody',
          kind: 'longText',
          label: { en: 'Custody arrangements' },
          required: false,
          showWhen: { answer: { field: 'q-children', equals: 'yes' } },
        },
      ],
    });
    renderDashboard('/dashboard/sites/harbor-vale');
    await screen.findByRole('heading', { name: 'Your own questions' });
    const up = screen.getByRole('button', { name: 'Move Custody arrangements up' });
    expect(screen.getByRole('button', { name: 'Move Are there children? up' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(up);
    // Now first, its "up" is disabled: focus stays in the row on "down".
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Custody arrangements down' })),
    );
    expect(
      questionRows().map((r) => (within(r).getByLabelText(/Question \(English\)/) as HTMLInputElement).value),
    ).toEqual(['Custody arrangements', 'Are there children?']);
    // The custody question now names a question after it: the editor says so before sending.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    // The summary takes focus first (as every site form's does); only then does the keyboard user go on.
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByRole('link').textContent).toBe(
      'Question 1: Only when this answer…: Not one of this site’s options.',
    );
    expect(sent).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Remove Custody arrangements' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a question' })));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.intakeQuestions).toEqual(withQuestions.intakeQuestions);
  });

  it.each([
    ['ru', 'Ваши вопросы', 'Добавить вопрос', 'Тип ответа'],
    ['zh', '自定义问题', '添加问题', '回答类型'],
  ])('speaks %s', async (lang, title, add, kind) => {
    serveSite();
    const { dashboard } = renderDashboard('/dashboard/sites/harbor-vale');
    await dashboard.i18n.setLanguage(lang as 'ru');
    await screen.findByRole('heading', { name: title });
    fireEvent.click(screen.getByRole('button', { name: add }));
    expect(screen.getAllByLabelText(kind)).toHaveLength(2);
  });
});
