import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderDashboard } from '../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../test-support/server.ts';
import en from './messages/en.ts';
import ru from './messages/ru.ts';
import zh from './messages/zh.ts';

/** Every leaf path of a messages object, so a missing or extra key shows up by name. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('dashboard languages', () => {
  it('has the same messages in every language', () => {
    expect(keys(ru)).toEqual(keys(en));
    expect(keys(zh)).toEqual(keys(en));
  });

  it('switches language, and says the page is in it', async () => {
    server.use(
      http.get(apiUrl('inbox'), () =>
        HttpResponse.json({
          items: [],
          stats: {
            medianFirstResponseBusinessMs: null,
            answeredWithinTargetShare: null,
            answered: 0,
            received: 0,
            overdue: 0,
          },
        }),
      ),
    );
    renderDashboard('/dashboard/inbox');
    await screen.findByRole('heading', { name: 'Intake inbox' });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    expect(await screen.findByRole('heading', { name: 'Входящие заявки' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ru');
    fireEvent.change(screen.getByLabelText('Язык'), { target: { value: 'zh' } });
    await waitFor(() => expect(document.documentElement.lang).toBe('zh'));
    expect(screen.getByRole('link', { name: '团队' })).toBeTruthy();
    localStorage.clear();
  });
});
