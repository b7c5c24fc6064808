import { afterEach, describe, expect, it } from 'vitest';
import type { RetainerGlobal } from '../commands/command-queue.ts';
import { afterScript, startLoader } from './start-loader.ts';

const widgets = {
  intake: {
    chunks: ['chunks/intake-abc.js', 'chunks/runtime-def.js'],
    reserve: [
      [0, 2000],
      [560, 1300],
    ] as [number, number][],
  },
};
type TestWindow = Window & { Retainer?: RetainerGlobal };

function withScript(parent: Element = document.body) {
  const script = document.createElement('script');
  script.type = 'text/x-not-run'; // happy-dom would try to fetch a real script
  script.src = 'https://collector.example/w/intake.js';
  script.dataset.site = 'harbor-vale';
  parent.append(script);
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  return script;
}

function sheetText(host: Element) {
  return (host.shadowRoot?.adoptedStyleSheets ?? []).flatMap((s) => Array.from(s.cssRules, (r) => r.cssText)).join('');
}

afterEach(() => {
  for (const script of document.head.querySelectorAll('script')) script.remove();
  document.body.replaceChildren();
  delete (window as TestWindow).Retainer;
  Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
});

describe('loader', () => {
  it('reserves space in every placement before anything else loads', () => {
    document.body.innerHTML = '<retainer-intake></retainer-intake><div data-retainer="intake"></div>';
    withScript();
    startLoader(widgets, afterScript('intake'));
    const hosts = document.querySelectorAll('retainer-intake, [data-retainer="intake"]');
    expect(hosts).toHaveLength(2);
    for (const host of hosts) {
      expect(host.shadowRoot?.querySelector('.root')).not.toBeNull();
      expect(sheetText(host)).toMatch(/min-height:\s*2000px/);
      expect(sheetText(host)).toMatch(/min-width:\s*560px[\s\S]*min-height:\s*1300px/);
      expect(host.hasAttribute('style')).toBe(false);
    }
  });

  it('renders after its own script when the page has no placement', () => {
    document.body.innerHTML = '<p>before</p>';
    const script = withScript();
    startLoader(widgets, afterScript('intake'));
    expect(script.nextElementSibling?.localName).toBe('retainer-intake');
    expect(script.nextElementSibling?.shadowRoot).not.toBeNull();
  });

  it('leaves placements another loader already took, and places nothing for retainer.js', () => {
    document.body.innerHTML = '<retainer-intake></retainer-intake>';
    const host = document.querySelector('retainer-intake') as Element;
    const taken = host.attachShadow({ mode: 'open' });
    withScript();
    startLoader(widgets);
    expect(host.shadowRoot).toBe(taken);
    expect(taken.adoptedStyleSheets).toHaveLength(0);
    expect(document.querySelectorAll('retainer-intake')).toHaveLength(1);
  });

  it('installs a queue stub that keeps calls the page made before', () => {
    const early: RetainerGlobal = (...args: unknown[]) => {
      early.q ??= [];
      early.q.push(args);
    };
    early('consent', true);
    (window as TestWindow).Retainer = early;
    document.body.innerHTML = '<retainer-intake></retainer-intake>';
    withScript();
    startLoader(widgets, afterScript('intake'));
    const stub = (window as TestWindow).Retainer as RetainerGlobal;
    stub('consent', false);
    expect(stub.q?.map((args) => Array.from(args))).toEqual([
      ['consent', true],
      ['consent', false],
    ]);
  });

  it("loads a widget's chunks from the script's origin on Retainer('open')", async () => {
    document.body.innerHTML = '<retainer-intake></retainer-intake>';
    withScript();
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      startLoader(widgets, afterScript('intake'));
      (window as TestWindow).Retainer?.('open', 'intake');
      // Node cannot import over https; the attempt and its absolute URL are what this test can see.
      await expect
        .poll(() => warnings)
        .toEqual(['[retainer] intake: could not load the widget from https://collector.example/w/']);
    } finally {
      console.warn = original;
    }
  });

  it('says what to do when it cannot work', () => {
    Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
    expect(() => startLoader(widgets, afterScript('intake'))).toThrow(
      /^\[retainer\] load the widget script with <script async src=/,
    );
    withScript(document.head);
    expect(() => startLoader(widgets, afterScript('intake'))).toThrow(
      /put <retainer-intake><\/retainer-intake> where the widget should appear/,
    );
  });
});
