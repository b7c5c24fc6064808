/**
 * Records every layout shift of a page from its first byte, with the elements that moved, for an e2e test to
 * expect none: `await recordLayoutShifts(page)` before `goto`, then `expect(await layoutShifts(page)).toEqual([])`.
 */
import type { Page } from 'playwright-core';

export type Shift = { value: number; sources: string[] };

export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    Object.defineProperty(window, '__shifts', { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: { node?: Node | null }[];
      })[]) {
        const sources = (entry.sources ?? []).map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 60) ?? '?');
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export const layoutShifts = (page: Page): Promise<Shift[]> =>
  page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
