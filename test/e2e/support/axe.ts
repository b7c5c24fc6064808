/**
 * Runs axe-core inside a page. The source is evaluated through DevTools, so it works on pages
 * whose CSP forbids inline and foreign scripts (the demo, the strict fixture).
 *
 * @example
 *   expect(await axeViolations(page)).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { repoRoot } from './collector-process.ts';

let source: string | undefined;

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  source ??= readFileSync(`${repoRoot}node_modules/axe-core/axe.min.js`, 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(source);
  return page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
}
