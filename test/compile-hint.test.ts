/** The compile hint on the chunks a page runs at load (issue 18), and only on those. */
import { describe, expect, it } from 'vitest';
import { compileHint } from '../packages/core/build.ts';

describe('compileHint', () => {
  it("marks the runtime and each widget's entry for Chromium's eager compile, with its exact magic comment", () => {
    expect(compileHint({ isEntry: false, name: 'runtime' })).toBe('//# allFunctionsCalledOnLoad');
    expect(compileHint({ isEntry: true, name: 'intake' })).toBe('//# allFunctionsCalledOnLoad');
  });

  it('leaves chunks fetched on demand alone: their functions may never run', () => {
    for (const name of ['validate', 'conditions', 'captcha', 'ru', 'handoff-panel', 'data-layer'])
      expect(compileHint({ isEntry: false, name })).toBe('');
  });
});
