import { describe, expect, it } from 'vitest';
import { type CommandTarget, installCommandQueue, parseCommand, type RetainerGlobal } from './command-queue.ts';

type TestWindow = Window & { Retainer?: RetainerGlobal };

function recorder() {
  const calls: string[] = [];
  const target: CommandTarget = {
    consent: (granted) => calls.push(`consent:${granted}`),
    open: (widget) => calls.push(`open:${widget}`),
    survey: (token) => calls.push(`survey:${token}`),
  };
  return { calls, target };
}

/** The stub a page (or the loader) defines before the runtime exists. */
function stub(win: TestWindow) {
  const retainer: RetainerGlobal = (...args: unknown[]) => {
    retainer.q ??= [];
    retainer.q.push(args);
  };
  win.Retainer = retainer;
  return retainer;
}

describe('Retainer command queue', () => {
  it('runs calls made before load in order, then later calls at once', () => {
    const win = {} as TestWindow;
    const early = stub(win);
    early('open', 'intake');
    early('consent', true);
    early('survey', 'tok');
    early('consent', false);
    const { calls, target } = recorder();
    const retainer = installCommandQueue(win, target);
    expect(calls).toEqual(['open:intake', 'consent:true', 'survey:tok', 'consent:false']);
    retainer('open', 'faq');
    expect(calls).toEqual(['open:intake', 'consent:true', 'survey:tok', 'consent:false', 'open:faq']);
    expect(win.Retainer).toBe(retainer);
  });

  it('does not replace a runtime that is already installed', () => {
    const win = {} as TestWindow;
    const first = installCommandQueue(win, recorder().target);
    expect(installCommandQueue(win, recorder().target)).toBe(first);
  });

  it('throws a readable error for a mistaken call', () => {
    expect(() => parseCommand(['opne', 'intake'])).toThrow(
      /^\[retainer\] unknown command Retainer\("opne", "intake"\)/,
    );
    expect(() => parseCommand(['consent', 'yes'])).toThrow(/unknown command/);
    const retainer = installCommandQueue({} as TestWindow, recorder().target);
    expect(() => retainer('nope')).toThrow(/\[retainer\]/);
  });

  it('keeps running queued calls after a mistaken one', async () => {
    const win = {} as TestWindow;
    const early = stub(win);
    early('bogus');
    early('consent', true);
    const { calls, target } = recorder();
    const thrown: unknown[] = [];
    const originalSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void) => {
      try {
        fn();
      } catch (error) {
        thrown.push(error);
      }
      return 0;
    }) as typeof setTimeout;
    try {
      installCommandQueue(win, target);
    } finally {
      globalThis.setTimeout = originalSetTimeout;
    }
    expect(calls).toEqual(['consent:true']);
    expect(String(thrown[0])).toMatch(/\[retainer\] unknown command Retainer\("bogus"\)/);
  });
});
