import { afterEach, describe, expect, it } from 'vitest';
import { handOffToIntake, prefillFragment } from './handoff.ts';

const prefill = { lawyer: 'l-lin', lawyerName: 'Daniel Lin', practiceArea: 'immigration' };

afterEach(() => document.body.replaceChildren());

describe('handOffToIntake', () => {
  it('puts the prefill in a fragment the contact page reads', () => {
    expect(prefillFragment(prefill)).toBe(
      '#retainer-lawyer=l-lin&retainer-lawyer-name=Daniel+Lin&retainer-practice=immigration',
    );
  });

  it('fires retainer:prefill when the intake form is on the page', () => {
    document.body.innerHTML = '<div id="d"></div><div data-retainer="intake"></div>';
    const received: unknown[] = [];
    const listener = (event: Event) => received.push((event as CustomEvent).detail);
    document.addEventListener('retainer:prefill', listener);
    expect(handOffToIntake(document.getElementById('d')!, prefill, undefined)).toBe('page');
    document.removeEventListener('retainer:prefill', listener);
    expect(received).toEqual([prefill]);
  });

  it('never navigates to a non-web contact page', () => {
    const host = document.createElement('div');
    expect(handOffToIntake(host, prefill, 'javascript:alert(1)')).toBe('none');
    expect(handOffToIntake(host, prefill, undefined)).toBe('none');
  });
});
