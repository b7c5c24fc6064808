import { waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { usePaintStep } from './use-paint-step.ts';
import { yieldToMain } from './yield-to-main.ts';

function Staged({ steps, shown, seen }: { steps: number; shown: boolean; seen: (number | undefined)[] }) {
  const step = usePaintStep(steps, shown);
  seen.push(step);
  return (
    <div data-testid="view" data-paint-step={step}>
      <p>first</p>
      <p>later</p>
    </div>
  );
}

// Preact's own render, as defineWidget does: testing-library's wraps it in act(), which runs effects at once.
const container = document.createElement('div');
const view = () => container.querySelector('[data-testid="view"]') as HTMLElement;
afterEach(() => render(null, container));

describe('usePaintStep', () => {
  it('counts the painted frames up to its steps, with the whole content in the DOM from the first render', async () => {
    const seen: (number | undefined)[] = [];
    render(<Staged steps={2} shown seen={seen} />, container);
    expect(view().getAttribute('data-paint-step')).toBe('0');
    expect(view().textContent).toBe('firstlater');
    await waitFor(() => expect(view().hasAttribute('data-paint-step')).toBe(false), { timeout: 3000 });
    expect(seen.filter((step, i) => step !== seen[i - 1])).toEqual([0, 1, undefined]);
  });

  it('starts counting when the content is shown, not when the component mounts', async () => {
    const seen: (number | undefined)[] = [];
    render(<Staged steps={1} shown={false} seen={seen} />, container);
    await yieldToMain();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(view().hasAttribute('data-paint-step')).toBe(false);
    render(<Staged steps={1} shown seen={seen} />, container);
    expect(view().getAttribute('data-paint-step')).toBe('0');
    await waitFor(() => expect(view().hasAttribute('data-paint-step')).toBe(false), { timeout: 3000 });
  });
});

describe('yieldToMain', () => {
  it('resumes in a later task, after work already queued', async () => {
    const order: string[] = [];
    const queued = new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push('queued task');
        resolve();
      }),
    );
    await yieldToMain();
    order.push('after yield');
    await queued;
    // scheduler.yield may run before a queued timer, setTimeout after it: what matters is that the caller did not run on.
    expect(order).toContain('after yield');
    expect(order).toHaveLength(2);
  });
});
