import { describe, expect, it } from 'vitest';
import * as directory from './index.ts';

describe('@retainer/directory', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(directory).sort()).toEqual(['mount']);
  });
});
