/**
 * The system Chromium through playwright-core (never a downloaded browser), with the flags
 * this project runs it with, plus helpers that watch a page for CSP violations and errors.
 *
 * @example
 *   const browser = await launchChromium();
 *   const page = await browser.newPage();
 *   const trouble = watchPage(page);
 */
import { type Browser, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export type PageTrouble = {
  /** `securitypolicyviolation` events seen by the page, as "directive blocked-uri". */
  cspViolations(): Promise<string[]>;
  /** Console errors and uncaught exceptions. */
  errors: string[];
};

/** Call before `goto`: records CSP violations (from the page itself) and console errors. */
export async function watchPage(page: Page): Promise<PageTrouble> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  // Init scripts run through DevTools, so the page's own CSP does not block this listener.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      true,
    );
  });
  return {
    errors,
    cspViolations: () =>
      page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
  };
}
