/**
 * (f) The host page is left alone: once the loader has reserved the widget's space, nothing on
 * the page moves while the form loads and renders (layout shift 0, PerformanceObserver), and
 * the page's globals, handlers and style sheets are untouched.
 *
 * The widget chunks are held back until the reservation has been painted, so the measurement
 * does not depend on timing. A shift *before* the loader runs (the host painted an empty
 * placement first, as any async script allows) is printed, not asserted: only the host's own
 * CSS can reserve space that early. Long tasks are printed too and budgeted in the bench.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { intakeForm } from './support/intake-form.ts';
import { layoutShifts, recordLayoutShifts } from './support/layout-shifts.ts';

const fixtureUrl = inject('fixtureUrl');

type Shift = { at: number; value: number; sources: string[] };
type Observed = { shifts: Shift[]; longTasks: number[]; globalsBefore: string[]; headBefore: string };

const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the host page', () => {
  it('does not move while the widget renders, and keeps its globals, handlers and styles', async () => {
    // Tall enough that the text after the form stays in view: a shift there counts.
    const page = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
    await page.addInitScript(() => {
      const observed: Observed = { shifts: [], longTasks: [], globalsBefore: [], headBefore: '' };
      Object.defineProperty(window, '__observed', { value: observed });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources?: { node?: Node | null }[];
        })[]) {
          const sources = (entry.sources ?? []).map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 60) ?? '?');
          observed.shifts.push({ at: entry.startTime, value: entry.value, sources });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) observed.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
      // After the page's own scripts, before the async widget script can run.
      document.addEventListener('DOMContentLoaded', () => {
        observed.globalsBefore = Object.getOwnPropertyNames(window);
        observed.headBefore = document.head.innerHTML;
      });
    });
    let releaseChunks = () => {};
    const chunksHeld = new Promise<void>((resolve) => {
      releaseChunks = resolve;
    });
    await page.route('**/w/chunks/**', async (route) => {
      await chunksHeld;
      await route.continue();
    });

    await page.goto(`${fixtureUrl}/plain.html`);
    // The loader has run: the placement holds its reserved space; let that be painted.
    await page.waitForFunction(() => Boolean(document.querySelector('retainer-intake')?.shadowRoot));
    await page.evaluate(nextFrames);
    const before = await page.evaluate(() => ({
      shiftCount: (window as unknown as { __observed: Observed }).__observed.shifts.length,
      reserved: document.querySelector('retainer-intake')?.getBoundingClientRect().height ?? 0,
    }));
    expect(before.reserved).toBeGreaterThan(0);

    releaseChunks();
    const form = intakeForm(page, 'en');
    await form.ready();
    await page.evaluate(nextFrames);

    const result = await page.evaluate(() => {
      const observed = (window as unknown as { __observed: Observed }).__observed;
      const w = window as unknown as Record<string, unknown> & {
        hostHandlers: Record<string, unknown>;
        $: () => string;
      };
      const known = new Set(observed.globalsBefore);
      return {
        shifts: observed.shifts,
        longTasks: observed.longTasks,
        rendered: document.querySelector('retainer-intake')?.getBoundingClientRect().height ?? 0,
        newGlobals: Object.getOwnPropertyNames(window).filter((name) => !known.has(name)),
        handlersKept:
          window.onerror === w.hostHandlers.onerror &&
          window.onunhandledrejection === w.hostHandlers.onunhandledrejection &&
          document.onvisibilitychange === w.hostHandlers.onvisibilitychange,
        hostGlobals: [w.$(), w.h, w.preact],
        headUnchanged: document.head.innerHTML === observed.headBefore,
        documentSheets: document.styleSheets.length,
        adoptedOnDocument: document.adoptedStyleSheets.length,
        styleAttributes: document.querySelectorAll('[style]').length,
      };
    });
    const early = result.shifts.slice(0, before.shiftCount);
    const whileRendering = result.shifts.slice(before.shiftCount);
    console.info(
      `host page: reserved ${before.reserved}px, rendered ${result.rendered}px; ` +
        `shifts before the loader ran ${JSON.stringify(early)}; long tasks (ms) ${JSON.stringify(result.longTasks)}`,
    );

    // Soft: one run reports every way the page was disturbed, not just the first.
    expect.soft(whileRendering).toEqual([]);
    // Chromium ignores movements under 3 px; beyond that, a form taller or shorter than its reservation moves the page.
    expect.soft(Math.abs(result.rendered - before.reserved)).toBeLessThan(3);
    expect.soft(result.newGlobals.filter((name) => name !== 'Retainer')).toEqual([]);
    expect.soft(result.handlersKept).toBe(true);
    expect.soft(result.hostGlobals).toEqual(['host', 'host h', 'host preact']);
    expect.soft(result.headUnchanged).toBe(true);
    expect.soft(result.documentSheets).toBe(1);
    expect.soft(result.adoptedOnDocument).toBe(0);
    expect.soft(result.styleAttributes).toBe(0);
    await page.close();
  });

  // Issue 18: with no reserve in the README, the inline survey's skeleton, then its notice, moved the text after it.
  it('does not move around an inline survey that reserves the README height', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
    await recordLayoutShifts(page);
    await page.goto(`${fixtureUrl}/survey-inline.html`);
    // No invitation in the address: the survey says so, inline.
    await page.locator('retainer-survey .survey .notice').waitFor({ timeout: 30_000 });
    await page.evaluate(nextFrames);
    expect(await layoutShifts(page)).toEqual([]);
    await page.close();
  });
});
