import { isJourneyEventName, journeyEventNames } from '@retainer/schema';
import { describe, expect, it } from 'vitest';
import { generateJourneys } from './generate-journeys.ts';

// Issue 14: the demo data speaks the widgets' language, so every touchpoint it puts on the map has a label.
describe('generated journeys', () => {
  it('use only event names of the catalogue, each at a stage it reports', () => {
    const seen = new Map<string, Set<string>>();
    for (const batch of generateJourneys({ site: 'harbor-vale', events: 20_000, end: Date.UTC(2026, 0, 1) })) {
      for (const event of batch) {
        const stages = seen.get(event.type) ?? new Set<string>();
        stages.add(event.stage);
        seen.set(event.type, stages);
      }
    }
    for (const [type, stages] of seen) {
      expect(isJourneyEventName(type), type).toBe(true);
      const allowed: readonly string[] = isJourneyEventName(type) ? journeyEventNames[type] : [];
      for (const stage of stages) expect(allowed, `${type} at ${stage}`).toContain(stage);
    }
  });
});
