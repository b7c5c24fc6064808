import { describe, expect, it } from 'vitest';
import * as dashboard from './index.tsx';

describe('@retainer/dashboard', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(dashboard).sort()).toEqual(['mountDashboard']);
  });
});
