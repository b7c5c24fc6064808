import { afterEach, describe, expect, it } from 'vitest';
import type { RetainerGlobal } from '../commands/command-queue.ts';
import { bubbleFor } from './float-bubble.ts';
import { startLoader } from './start-loader.ts';

const widgets = {
  faq: { chunks: ['chunks/faq-abc.js', 'chunks/runtime-def.js'], reserve: [[0, 560]] as [number, number][] },
};
type TestWindow = Window & { Retainer?: RetainerGlobal };

function withScript(data: Record<string, string> = {}) {
  const script = document.createElement('script');
  script.type = 'text/x-not-run';
  script.src = 'https://collector.example/w/faq.js';
  Object.assign(script.dataset, { site: 'harbor-vale', ...data });
  document.body.append(script);
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  return script;
}

/** Chunk imports fail in Node and are reported with console.warn: the only trace a load leaves here. */
function captureWarnings() {
  const warnings: unknown[] = [];
  const original = console.warn;
  console.warn = (message: unknown) => warnings.push(message);
  return { warnings, restore: () => (console.warn = original) };
}

afterEach(() => {
  document.body.replaceChildren();
  delete (window as TestWindow).Retainer;
  Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
});

describe('floating bubble', () => {
  it('puts a closed launcher in a corner and loads nothing until it is pressed', async () => {
    const capture = captureWarnings();
    try {
      withScript({ position: 'bottom-left', zIndex: '900', lang: 'ru' });
      startLoader(widgets, bubbleFor('faq', true));
      const host = document.querySelector('retainer-faq[floating]') as HTMLElement;
      const button = host.shadowRoot?.querySelector('button.bubble') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(button.getAttribute('aria-label')).toBe('Задать вопрос');
      expect(host.getAttribute('position')).toBe('bottom-left');
      const css = (host.shadowRoot?.adoptedStyleSheets ?? [])
        .flatMap((s) => Array.from(s.cssRules, (r) => r.cssText))
        .join('');
      expect(css).toMatch(/left:\s*16px/);
      expect(css).toMatch(/z-index:\s*900/);
      expect(host.hasAttribute('style')).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(capture.warnings).toEqual([]);

      button.click();
      await expect
        .poll(() => capture.warnings)
        .toEqual(['[retainer] faq: could not load the widget from https://collector.example/w/']);
    } finally {
      capture.restore();
    }
  });

  it("opens on Retainer('open', 'faq') too, and renders inline instead where the page placed <retainer-faq>", async () => {
    const capture = captureWarnings();
    try {
      // Called by the page before faq.js ran: the stub keeps it and the bubble opens once placed.
      const early: RetainerGlobal = (...args: unknown[]) => {
        early.q ??= [];
        early.q.push(args);
      };
      early('open', 'faq');
      (window as TestWindow).Retainer = early;
      withScript();
      startLoader(widgets, bubbleFor('faq', true));
      await expect.poll(() => capture.warnings.length).toBe(1);
      expect(document.querySelector('retainer-faq[floating] .bubble, retainer-faq[floating]')).not.toBeNull();
    } finally {
      capture.restore();
    }
    document.body.replaceChildren();
    document.body.innerHTML = '<retainer-faq></retainer-faq>';
    withScript();
    startLoader(widgets, bubbleFor('faq', true));
    expect(document.querySelector('retainer-faq[floating]')).toBeNull();
    expect(document.querySelector('retainer-faq')?.shadowRoot?.querySelector('.root')).not.toBeNull();
  });

  // Issue 14, defect 7: the snippets screen's one-script advice must keep the bubble.
  it('is placed by retainer.js when its script tag says data-faq="bubble", and only then', () => {
    const all = { ...widgets, intake: { chunks: ['chunks/intake-abc.js'], reserve: [] as [number, number][] } };
    const script = withScript({ faq: 'bubble' });
    script.src = 'https://collector.example/w/retainer.js';
    startLoader(all, bubbleFor('faq', false));
    const host = document.querySelector('retainer-faq[floating]');
    expect(host?.shadowRoot?.querySelector('button.bubble')).toBeInstanceOf(HTMLButtonElement);
    expect(document.querySelector('retainer-intake')).toBeNull();

    document.body.replaceChildren();
    delete (window as TestWindow).Retainer;
    withScript().src = 'https://collector.example/w/retainer.js';
    startLoader(all, bubbleFor('faq', false));
    expect(document.querySelector('retainer-faq')).toBeNull();

    document.body.replaceChildren();
    delete (window as TestWindow).Retainer;
    document.body.innerHTML = '<retainer-faq></retainer-faq>';
    withScript({ faq: 'bubble' }).src = 'https://collector.example/w/retainer.js';
    startLoader(all, bubbleFor('faq', false));
    expect(document.querySelector('retainer-faq[floating]')).toBeNull();
    expect(document.querySelectorAll('retainer-faq')).toHaveLength(1);
  });
});
