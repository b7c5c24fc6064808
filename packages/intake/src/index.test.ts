import { describe, expect, it } from 'vitest';
import * as intake from './index.ts';

describe('@retainer/intake', () => {
  it('exports exactly what the loader calls', () => {
    expect(Object.keys(intake)).toEqual(['mount']);
    expect(typeof intake.mount).toBe('function');
  });
});
