import { describe, expect, it } from 'vitest';
import { decideEvent } from './decide-event.ts';

describe('decideEvent', () => {
  const intake = {
    id: 'intake-0000000001',
    site: 'harbor-vale',
    journey: 'journey-000000001',
    practice_area: 'family',
  };

  it('derives the same id for the same intake, a different one for another', () => {
    const first = decideEvent(intake, 1);
    expect(decideEvent(intake, 2).id).toBe(first.id);
    expect(decideEvent({ ...intake, id: 'intake-0000000002' }, 1).id).not.toBe(first.id);
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(first).toMatchObject({ stage: 'decide', type: 'intake.retained', journey: 'journey-000000001' });
  });

  it('gives an intake without a journey one of its own', () => {
    const event = decideEvent({ ...intake, journey: null, practice_area: null }, 1);
    expect(event.journey).toMatch(/^intake-[A-Za-z0-9_-]{40}$/);
    expect(event.props).toBeNull();
  });
});
