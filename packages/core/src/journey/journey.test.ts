import { afterEach, describe, expect, it } from 'vitest';
import { createJourney, journeyKey } from './journey.ts';

afterEach(() => localStorage.clear());

describe('journey id', () => {
  it('is not stored before the first interaction', () => {
    const journey = createJourney('harbor-vale', () => true);
    const id = journey.id();
    expect(id).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(localStorage.length).toBe(0);
    expect(journey.touch()).toBe(id);
    expect(localStorage.getItem(journeyKey('harbor-vale'))).toBe(id);
    expect(document.cookie).toBe('');
  });

  it('is kept per site and reused on the next visit', () => {
    createJourney('harbor-vale', () => true).touch();
    const again = createJourney('harbor-vale', () => true);
    expect(again.id()).toBe(localStorage.getItem(journeyKey('harbor-vale')));
    expect(createJourney('other-firm', () => true).id()).not.toBe(again.id());
  });

  it('does not exist without consent, and consent withdrawn removes it', () => {
    let allowed = false;
    const journey = createJourney('harbor-vale', () => allowed);
    expect(journey.id()).toBeUndefined();
    expect(journey.touch()).toBeUndefined();
    expect(localStorage.length).toBe(0);
    allowed = true;
    const id = journey.touch();
    journey.forget();
    expect(localStorage.length).toBe(0);
    expect(journey.id()).not.toBe(id);
  });

  it('keeps working in memory when storage is blocked', () => {
    const blocked = {
      getItem() {
        throw new Error('SecurityError');
      },
      setItem() {
        throw new Error('SecurityError');
      },
      removeItem() {},
    } as unknown as Storage;
    const original = console.warn;
    console.warn = () => {};
    try {
      const journey = createJourney('harbor-vale', () => true, blocked);
      expect(journey.touch()).toBe(journey.id());
    } finally {
      console.warn = original;
    }
  });
});
