import { describe, expect, it } from 'vitest';
import * as status from './index.ts';

describe('@retainer/status', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(status).sort()).toEqual(['mount']);
  });
});
