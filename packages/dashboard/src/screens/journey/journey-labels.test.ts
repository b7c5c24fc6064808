import { journeyEventNames } from '@retainer/schema';
import { describe, expect, it } from 'vitest';
import { journeyEn } from './journey-messages.en.ts';
import { journeyRu } from './journey-messages.ru.ts';
import { journeyZh } from './journey-messages.zh.ts';

// Issue 14, defect 5: every event name the map can show has words in every language; a new name in the
// catalogue (packages/schema/src/event-names.ts) without them fails here.
describe('touchpoint labels', () => {
  const names = Object.keys(journeyEventNames);
  it.each([
    ['en', journeyEn],
    ['ru', journeyRu],
    ['zh', journeyZh],
  ])('names every event of the catalogue in %s', (_lang, messages) => {
    const labels = messages.touchpointNames as Record<string, string>;
    for (const name of names) {
      expect(labels[name], name).toBeTruthy();
      expect(labels[name], name).not.toBe(name);
    }
    expect(Object.keys(labels).sort()).toEqual([...names].sort());
  });
});
