import { screen } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { intakeDetail } from '../../test-support/fixtures.ts';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const detail = intakeDetail({
  answers: [
    {
      id: 'q-visa',
      kind: 'choice',
      label: { en: 'Visa type', ru: 'Тип визы', zh: '签证类型' },
      value: 'work',
      valueLabel: { en: 'Work visa', ru: 'Рабочая виза' },
    },
    { id: 'q-children', kind: 'yesNo', label: { en: 'Are there children?', ru: 'Есть ли дети?' }, value: 'yes' },
    { id: 'q-sponsor', kind: 'shortText', label: { en: 'Sponsoring employer' }, value: 'Quillfeather Robotics' },
  ],
});

/** The answers list as "question: answer" lines. */
async function answers(title: string) {
  await screen.findByRole('heading', { name: title });
  return [...document.querySelectorAll('.field-list dt')].map(
    (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
  );
}

describe('intake detail: answers to the firm’s own questions (issue 17)', () => {
  it.each([
    [
      'en',
      'Submission',
      ['Visa type: Work visa', 'Are there children?: Yes', 'Sponsoring employer: Quillfeather Robotics'],
    ],
    ['ru', 'Заявка', ['Тип визы: Рабочая виза', 'Есть ли дети?: Да', 'Sponsoring employer: Quillfeather Robotics']],
    [
      'zh',
      '提交内容',
      ['签证类型: Work visa', 'Are there children?: 是', 'Sponsoring employer: Quillfeather Robotics'],
    ],
  ])('shows each with the label it was answered under, in %s', async (lang, title, lines) => {
    server.use(http.get(apiUrl(`inbox/${detail.id}`), () => HttpResponse.json(detail)));
    const { dashboard } = renderDashboard(`/dashboard/intakes/${detail.id}`);
    await dashboard.i18n.setLanguage(lang as 'en');
    const found = await answers(title);
    expect(found.slice(-3)).toEqual(lines);
  });
});
