/**
 * Issue 14, defect 13: a rate-limited intake (429) used to show "Sending your request…" for ~25 s while the
 * transport waited out Retry-After, and never said why. Now the visitor hears at once, in their language, when to
 * try again and how else to reach the firm; the answers stay, and the next try is the same submission.
 */
import type { IntakeSubmission } from '@retainer/schema';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mount } from './index.ts';
import { createTestCollector, endpoint } from './test-collector.ts';

const { server, state } = createTestCollector();
const mounted: (() => void)[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
  document.body.replaceChildren();
  server.resetHandlers();
  Object.assign(state, createTestCollector().state, { intakeRequests: [], stored: new Map(), events: [] });
});
afterAll(() => server.close());

/** The collector's intake limit: 429 problem+json with Retry-After, as `enforceRateLimits` answers. */
function limitIntakes(retryAfterSeconds: number) {
  const seen: IntakeSubmission[] = [];
  server.use(
    http.post(`${endpoint}/v1/intake`, async ({ request }) => {
      seen.push(JSON.parse(await request.text()) as IntakeSubmission);
      return HttpResponse.json(
        { type: 'urn:retainer:problem:rate-limited', title: 'Too many requests', status: 429 },
        {
          status: 429,
          headers: {
            'content-type': 'application/problem+json',
            'retry-after': String(retryAfterSeconds),
            'access-control-expose-headers': 'retry-after',
          },
        },
      );
    }),
  );
  return seen;
}

describe('a rate-limited intake', () => {
  it.each([
    ['en', 'Your request was not sent yet', 'Please try again in 5 minutes — your answers are kept.', 'Call us:'],
    ['ru', 'Заявка пока не отправлена', 'Попробуйте снова через 5 минут — ваши ответы сохранены.', 'Позвоните нам:'],
    ['zh', '您的请求尚未发送', '请在 5 分钟后重试——您填写的内容已保留。', '致电：'],
  ])(
    'says in %s at once when to try again and how else to reach the firm, keeping the answers',
    async (lang, title, when, call) => {
      const host = document.createElement('retainer-intake');
      document.body.append(host);
      // The transport's own retry policy (3 retries, Retry-After honoured), as on a firm's site.
      mounted.push(
        mount(host, { src: `${endpoint}/w/intake.js`, data: { site: 'harbor-vale', lang } }, { flushDelay: 0 }),
      );
      const root = host.shadowRoot as ShadowRoot;
      const view = within(root as unknown as HTMLElement);
      await waitFor(() => expect(view.getByRole('form').hasAttribute('data-paint-step')).toBe(false), {
        timeout: 3000,
      });
      const input = (path: string) => root.getElementById(`f-${path}`) as HTMLInputElement;
      fireEvent.input(input('name'), { target: { value: 'Ann Lee' } });
      fireEvent.input(input('email'), { target: { value: 'ann@example.com' } });
      fireEvent.change(input('practiceArea'), { target: { value: 'family' } });
      fireEvent.input(input('description'), { target: { value: 'My former employer has not paid my last salary.' } });
      fireEvent.click(input('disclaimer'));
      state.config.intake.minFillMs = 0;
      const limited = limitIntakes(290);
      fireEvent.submit(root.querySelector('form') as HTMLFormElement);

      const notice = await waitFor(() => {
        const found = root.querySelector('[part=failure]');
        if (!found) throw new Error('no notice yet');
        return found as HTMLElement;
      });
      expect(limited).toHaveLength(1); // not retried behind the visitor's back
      expect(within(notice).getByRole('heading').textContent).toBe(title);
      expect(notice.textContent).toContain(when);
      expect(notice.textContent).toContain(call);
      expect(within(notice).getByRole('link', { name: '+1 617 555 0100' }).getAttribute('href')).toBe(
        'tel:+16175550100',
      );
      expect(within(notice).getByRole('link', { name: 'intake@harborvale.example' })).toBeTruthy();
      expect(root.querySelector('[aria-live]')?.textContent).toContain(when);
      // The answers stay, editable.
      expect(input('name').value).toBe('Ann Lee');
      expect(input('description').value).toBe('My former employer has not paid my last salary.');
      expect(input('name').readOnly || input('name').disabled).toBe(false);

      // Later: the same submission (same id) goes through.
      server.resetHandlers();
      fireEvent.click(within(notice).getByRole('button'));
      await waitFor(() => expect(state.stored.size).toBe(1));
      expect([...state.stored.keys()]).toEqual([limited[0]?.id]);
      expect(state.stored.get(limited[0]?.id ?? '')?.fields.name).toBe('Ann Lee');
    },
  );
});
