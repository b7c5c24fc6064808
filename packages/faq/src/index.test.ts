import { describe, expect, it } from 'vitest';
import * as faq from './index.ts';

describe('@retainer/faq', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(faq).sort()).toEqual(['mount']);
  });
});
