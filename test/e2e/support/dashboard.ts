/**
 * The firm's side of the e2e tests: a collector of its own whose first admin comes from the
 * environment (as an unattended install does), signing in through the sign-in screen, and
 * background intakes sent straight to `POST /v1/intake` so the inbox is not empty.
 *
 * @example
 *   const collector = await startDashboardCollector('dashboard-journey');
 *   await signIn(page, collector.url);
 *   await page.getByRole('link', { name: reference }).click();
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { IntakeFields } from '@retainer/schema';
import type { Page } from 'playwright-core';
import { type RunningCollector, repoRoot, startCollector } from './collector-process.ts';

export const firstAdmin = {
  name: 'Maya Lindqvist',
  email: 'maya.lindqvist@harborvale.example',
  password: 'tidal harbor ledger 42',
  firmName: 'Harbor & Vale LLP',
};

/** Each dashboard test file gets a fresh database: its inbox and party index hold only what it adds. */
export function startDashboardCollector(logName: string): Promise<RunningCollector> {
  return startCollector({
    logFile: join(repoRoot, 'test-results', `${logName}-collector.log`),
    env: {
      RETAINER_ADMIN_EMAIL: firstAdmin.email,
      RETAINER_ADMIN_PASSWORD: firstAdmin.password,
      RETAINER_ADMIN_NAME: firstAdmin.name,
      RETAINER_FIRM_NAME: firstAdmin.firmName,
    },
  });
}

/** Opens the dashboard, gets sent to sign-in, signs in, lands on the journey map, and opens the inbox. */
export async function signIn(page: Page, collectorUrl: string): Promise<void> {
  await page.goto(`${collectorUrl}/dashboard/`);
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  // The first admin is created once the demo data is in (seeded after the collector listens): retry until then.
  const home = page.getByRole('heading', { name: 'Client journey', level: 1 });
  const refused = page.getByText('That email and password do not match an account.');
  for (let attempt = 0; ; attempt += 1) {
    await page.getByRole('textbox', { name: 'Email' }).fill(firstAdmin.email);
    await page.getByLabel('Password').fill(firstAdmin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await home.or(refused).first().waitFor();
    if (await home.isVisible()) break;
    if (attempt >= 20) throw new Error('The first admin never appeared');
    await page.waitForTimeout(1000);
  }
  // The home is the journey map (issue 8); the inbox is one click away.
  await page.getByRole('link', { name: 'Inbox' }).click();
  await page.getByRole('heading', { name: 'Intake inbox', level: 1 }).waitFor();
}

/** Uploads a parties CSV through the inbox's "Import parties…" dialog; returns what the dialog reports. */
export async function importPartiesCsv(page: Page, csv: string): Promise<string> {
  await page.getByRole('button', { name: 'Import parties…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import parties' });
  await dialog.waitFor();
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'parties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const result = dialog.getByRole('status');
  await result.waitFor();
  const text = (await result.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

/** The inbox table's row for one intake, found by its reference. */
export function inboxRow(page: Page, reference: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: reference, exact: true }) });
}

/**
 * Sends an intake for the demo site the way the widget does (Origin, disclaimer v1, a human fill
 * time), for intakes whose form filling is not what a test is about. Returns the reference.
 */
export async function postIntake(collectorUrl: string, fields: IntakeFields): Promise<string> {
  const response = await fetch(`${collectorUrl}/v1/intake`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: collectorUrl },
    body: JSON.stringify({
      id: randomUUID(),
      site: 'harbor-vale',
      lang: 'en',
      fields,
      disclaimer: { version: 1, accepted: true },
      fillMs: 20_000,
    }),
  });
  if (response.status !== 201) throw new Error(`intake refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { reference: string }).reference;
}
