/**
 * Issue 16 in a browser: an admin adds a webhook endpoint pointing at a real receiver on 127.0.0.1 (allowed over
 * http by `RETAINER_WEBHOOK_ALLOW_HOSTS`), copies the signing secret shown once, sends a test event, sees it in the
 * delivery log, replays it; the receiver got both, each with a valid Standard Webhooks signature and the same
 * `webhook-id`. Then an API key is made on the API keys screen and reads the delivery log as Zapier would.
 * axe-core checks both screens; screenshots (desktop and phone) go to test-results/ for a person to look at.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { apiKeyUses, webhookDeliveryList, webhookPayload } from '@retainer/schema/admin';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchChromium, watchPage } from './support/browser.ts';
import { type RunningCollector, repoRoot, startCollector } from './support/collector-process.ts';
import { firstAdmin, signIn } from './support/dashboard.ts';

const results = join(repoRoot, 'test-results');
const phone = { width: 390, height: 844 };

type Received = { headers: IncomingHttpHeaders; body: string };

/** A receiver that answers 200 and hands each request to whoever waits for the next one. */
function startReceiver() {
  const got: Received[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
      for (const w of waiting.filter((w) => got.length >= w.count)) w.resolve();
    });
  });
  return {
    got,
    /** Resolves once `count` requests have arrived. */
    until: (count: number) =>
      new Promise<void>((resolve) => {
        if (got.length >= count) resolve();
        else waiting.push({ count, resolve });
      }),
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let collector: RunningCollector;
let browser: Browser;
const receiver = startReceiver();
let hookUrl: string;

beforeAll(async () => {
  const port = await receiver.listen();
  hookUrl = `http://127.0.0.1:${port}/retainer-hook`;
  [collector, browser] = await Promise.all([
    startCollector({
      logFile: join(repoRoot, 'test-results', 'webhooks-collector.log'),
      env: {
        RETAINER_ADMIN_EMAIL: firstAdmin.email,
        RETAINER_ADMIN_PASSWORD: firstAdmin.password,
        RETAINER_ADMIN_NAME: firstAdmin.name,
        RETAINER_FIRM_NAME: firstAdmin.firmName,
        RETAINER_WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
      },
    }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await collector?.stop();
  await receiver.close();
});

/** Refreshes the delivery log until it lists `rows` attempts (the worker records each after its request is answered). */
async function deliveryRows(page: Page, rows: number) {
  const body = page.getByRole('table', { name: 'Delivery log' }).locator('tbody tr');
  while ((await body.count()) < rows) {
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('/deliveries')),
      page.getByRole('button', { name: 'Refresh' }).click(),
    ]);
  }
  return body;
}

describe('webhooks and API keys in the dashboard', () => {
  it('adds an endpoint, sends a signed test event, replays it, and reads the log with an API key', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const trouble = await watchPage(page);
    await signIn(page, collector.url);
    const errorsBefore = trouble.errors.length;

    await page.getByRole('link', { name: 'Integrations' }).click();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByText('No webhook endpoints yet').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const form = page.getByRole('region', { name: 'Add an endpoint' });
    await form.getByRole('textbox', { name: 'URL' }).fill(hookUrl);
    await form.getByRole('textbox', { name: 'Description' }).fill('Local receiver');
    await form.getByRole('checkbox', { name: 'Matter created' }).check();
    await form.getByRole('checkbox', { name: 'Include personal data' }).check();
    await form.getByText(/The full intake .* will be sent to this URL/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'webhooks-add-warning.png'), fullPage: true });
    await form.getByRole('checkbox', { name: 'Include personal data' }).uncheck();
    await form.getByRole('button', { name: 'Add endpoint' }).click();

    const secretField = page.getByRole('textbox', { name: 'Signing secret' });
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_/);
    const row = page.getByRole('row').filter({ hasText: hookUrl });
    await row.waitFor();
    expect(await row.getByText('Active').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'webhooks-list.png'), fullPage: true });
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await secretField.waitFor({ state: 'detached' });

    await row.getByRole('link', { name: hookUrl }).click();
    await page.getByRole('heading', { name: 'Webhook endpoint', level: 1 }).waitFor();
    await page.getByText('Nothing delivered yet. Send a test event to try the endpoint.').waitFor();
    await page.getByRole('button', { name: 'Send test event' }).click();
    await receiver.until(1);
    const first = (await deliveryRows(page, 1)).first();
    expect(await first.getByText('webhook.test').count()).toBe(1);
    expect(await first.getByText('200', { exact: true }).count()).toBe(1);
    expect(await first.getByText('thanks').count()).toBe(1);

    await first.getByRole('button', { name: /^Replay webhook\.test of / }).click();
    await receiver.until(2);
    const rows = await deliveryRows(page, 2);
    expect(await rows.count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'webhook-endpoint.png'), fullPage: true });

    // Both requests verify with the secret shown once, with one webhook-id (a replay is the same message).
    const verifier = new Webhook(secret);
    const [sent, replayed] = receiver.got;
    for (const request of [sent, replayed]) {
      const headers = {
        'webhook-id': String(request?.headers['webhook-id']),
        'webhook-timestamp': String(request?.headers['webhook-timestamp']),
        'webhook-signature': String(request?.headers['webhook-signature']),
      };
      const payload = webhookPayload.parse(verifier.verify(request?.body ?? '', headers));
      expect(payload.type).toBe('webhook.test');
    }
    expect(replayed?.headers['webhook-id']).toBe(sent?.headers['webhook-id']);
    expect(() =>
      new Webhook(`whsec_${Buffer.from('not the secret, 32 bytes long!!').toString('base64')}`).verify(
        sent?.body ?? '',
        sent?.headers as Record<string, string>,
      ),
    ).toThrow();

    // Phone width: the endpoint and its log still read and work.
    await page.setViewportSize(phone);
    await page.getByRole('heading', { name: 'Webhook endpoint', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing wider than the phone: wide tables scroll inside their box, the page itself does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await page.screenshot({ path: join(results, 'webhook-endpoint-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Edited in place: a new description and one more event; the secret stays.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByLabel(/^Description/).fill('Our CRM, leads and matters');
    await details.getByRole('checkbox', { name: 'Matter created' }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'webhook-edit.png'), fullPage: true });
    await details.getByRole('button', { name: 'Save changes' }).click();
    await details.getByText('Our CRM, leads and matters').waitFor();
    expect(await details.getByText('Matter created').count()).toBe(1);

    // API keys: made on its tab, shown once; Zapier reads the delivery log with it.
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    await page.getByText('No API keys yet').waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('Zapier – new leads');
    await page.getByRole('button', { name: 'Create key' }).click();
    const tokenField = page.getByRole('textbox', { name: 'Your new key' });
    await tokenField.waitFor();
    const token = await tokenField.inputValue();
    expect(token).toMatch(/^rtk_/);
    await page.getByRole('row').filter({ hasText: 'Zapier – new leads' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(results, 'api-keys.png'), fullPage: true });

    const endpointId = await endpointOf(page);
    const read = await fetch(`${collector.url}/api/admin/sites/harbor-vale/webhooks/${endpointId}/deliveries`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.status).toBe(200);
    expect(webhookDeliveryList.parse(await read.json()).items).toHaveLength(2);
    const write = await fetch(`${collector.url}/api/admin/sites/harbor-vale/webhooks/${endpointId}/test`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(403);

    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('button', { name: 'Uses of key “Zapier – new leads”' }).click();
    const uses = page.getByRole('dialog', { name: 'Uses of “Zapier – new leads”' });
    await uses.getByRole('table').waitFor();
    expect(await uses.getByText('/api/admin/sites/:site/webhooks/:id/deliveries').count()).toBe(1);
    expect(await uses.getByText('403', { exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await uses.getByRole('button', { name: 'Close' }).last().click();

    await page.setViewportSize(phone);
    await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await page.screenshot({ path: join(results, 'api-keys-phone.png'), fullPage: true });

    // What the key did is listed by the session too, and parsed with the dashboard's schema.
    const listed = await page.evaluate(async () => {
      const keys = await (await fetch('/api/admin/api-keys')).json();
      return (await fetch(`/api/admin/api-keys/${keys.keys[0].id}/uses`)).json();
    });
    expect(apiKeyUses.parse(listed).uses.map((u) => u.status)).toEqual([403, 200]);
    expect(trouble.errors.slice(errorsBefore)).toEqual([]);
    await context.close();
  });
});

/** The endpoint's id, asked with the page's session. */
function endpointOf(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const answer = await (await fetch('/api/admin/sites/harbor-vale/webhooks')).json();
    return answer.items[0].id as string;
  });
}
