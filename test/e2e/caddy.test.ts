/**
 * Issue 19: the collector behind a real HTTPS reverse proxy — Caddy (Debian's package) running deploy/Caddyfile
 * with its internal CA on loopback high ports, the collector behind it with an https:// public URL and
 * RETAINER_TRUST_PROXY=1. Chromium trusts that CA by its keys' SPKI hashes (not by ignoring certificate errors).
 * Skipped, with a message, only where caddy is not installed (CI installs it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser.ts';
import { type RunningCollector, repoRoot, startCollector, stopChild } from './support/collector-process.ts';
import { firstAdmin, signIn } from './support/dashboard.ts';
import { freePort } from './support/free-port.ts';
import { intakeForm } from './support/intake-form.ts';

const caddyPath = process.env.CADDY_PATH ?? '/usr/bin/caddy';
const haveCaddy = existsSync(caddyPath);
if (!haveCaddy) console.warn(`caddy.test.ts skipped: ${caddyPath} is not installed (apt install caddy).`);

/** base64 SHA-256 of a certificate's SubjectPublicKeyInfo: what --ignore-certificate-errors-spki-list takes. */
const spkiHash = (pem: string) =>
  createHash('sha256')
    .update(new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

describe.runIf(haveCaddy)('behind Caddy with HTTPS', () => {
  const work = mkdtempSync(join(tmpdir(), 'retainer-caddy-'));
  let caddy: ChildProcess | undefined;
  let collector: RunningCollector;
  let browser: Browser;
  let httpsPort: number;
  let publicUrl: string;
  let hostPage: string;
  let rootPem: string;
  let caddyOutput = '';

  /** HTTPS to Caddy from a chosen loopback source address, trusting only Caddy's CA. */
  const fetchVia = (
    host: string,
    path: string,
    init: { from: string; method?: string; body?: string; headers?: Record<string, string> },
  ) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: httpsPort,
          servername: host,
          localAddress: init.from,
          path,
          method: init.method ?? 'GET',
          ca: rootPem,
          headers: { host: `${host}:${httpsPort}`, ...init.headers },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });

  beforeAll(async () => {
    httpsPort = await freePort();
    const httpPort = await freePort();
    publicUrl = `https://retainer.localhost:${httpsPort}`;
    const firmOrigin = `https://firm.localhost:${httpsPort}`;
    hostPage = `${firmOrigin}/contact.html`;

    collector = await startCollector({
      demoOrigins: [firmOrigin],
      logFile: join(repoRoot, 'test-results', 'caddy-collector.log'),
      env: {
        RETAINER_PUBLIC_URL: publicUrl,
        RETAINER_TRUST_PROXY: '1',
        RETAINER_RATE_LIMITS: 'on',
        RETAINER_LOG_IP: '1',
        RETAINER_ADMIN_EMAIL: firstAdmin.email,
        RETAINER_ADMIN_PASSWORD: firstAdmin.password,
        RETAINER_ADMIN_NAME: firstAdmin.name,
        RETAINER_FIRM_NAME: firstAdmin.firmName,
      },
    });

    // The firm's own website: another HTTPS site on the same Caddy, embedding the widget from the collector.
    const siteDir = mkdtempSync(join(work, 'site-'));
    writeFileSync(
      join(siteDir, 'contact.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact — a firm on HTTPS</title></head>
<body><h1>Contact us</h1><retainer-intake></retainer-intake>
<script async src="${publicUrl}/w/intake.js" data-site="harbor-vale"></script></body></html>`,
    );
    // The deploy example as shipped, after test-only global options: loopback, high ports, the internal CA.
    const caddyfile = join(work, 'Caddyfile');
    writeFileSync(
      caddyfile,
      `{
\tadmin off
\tlocal_certs
\tskip_install_trust
\tdefault_bind 127.0.0.1
\thttp_port ${httpPort}
\thttps_port ${httpsPort}
}

${readFileSync(join(repoRoot, 'deploy/Caddyfile'), 'utf8')}

firm.localhost:${httpsPort} {
\troot * ${siteDir}
\tfile_server
}
`,
    );
    caddy = spawn(caddyPath, ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
      env: {
        ...process.env,
        XDG_DATA_HOME: join(work, 'data'),
        XDG_CONFIG_HOME: join(work, 'config'),
        HOME: work,
        COLLECTOR_DOMAIN: `retainer.localhost:${httpsPort}`,
        COLLECTOR_UPSTREAM: `127.0.0.1:${collector.port}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [caddy.stdout, caddy.stderr]) {
      stream?.on('data', (chunk) => {
        caddyOutput += chunk;
      });
    }
    // Caddy makes its CA, then the sites' certificates; wait until HTTPS answers through it.
    const pki = join(work, 'data/caddy/pki/authorities/local');
    for (let attempt = 0; ; attempt++) {
      if (caddy.exitCode !== null) throw new Error(`caddy exited:\n${caddyOutput}`);
      if (existsSync(join(pki, 'root.crt'))) {
        rootPem = readFileSync(join(pki, 'root.crt'), 'utf8');
        const ok = await fetchVia('retainer.localhost', '/livez', { from: '127.0.0.1' }).catch(() => undefined);
        if (ok?.status === 200) break;
      }
      if (attempt > 200) throw new Error(`caddy did not serve HTTPS:\n${caddyOutput}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const intermediatePem = readFileSync(join(pki, 'intermediate.crt'), 'utf8');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        `--ignore-certificate-errors-spki-list=${[spkiHash(rootPem), spkiHash(intermediatePem)].join(',')}`,
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (caddy) await stopChild(caddy);
    await collector?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('signs in on the dashboard with a __Host- Secure cookie, and Caddy sends HSTS', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const first = await page.goto(`${publicUrl}/dashboard/`);
    expect(first?.headers()['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(first?.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await signIn(page, publicUrl);
    const cookies = await context.cookies(publicUrl);
    const session = cookies.find((cookie) => cookie.name.startsWith('__Host-'));
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
    await context.close();
  });

  it('runs the intake widget on an https host page and stores the submission', async () => {
    const page = await browser.newPage();
    await page.goto(hostPage);
    const form = intakeForm(page);
    await form.ready();
    await form.fill({
      name: 'Olive Proxy',
      email: 'olive.proxy@example.com',
      practiceArea: 'Employment',
      description: 'My employer has not paid overtime for three months.',
    });
    const reference = await form.submitAndReadReference();
    expect(reference).toMatch(/^HV-/);
    await page.close();
  });

  it('passes each client’s own address to rate limiting, not the proxy’s and not a spoofed header', async () => {
    const intake = (from: string) =>
      fetchVia('retainer.localhost', '/v1/intake', {
        from,
        method: 'POST',
        headers: {
          'content-type': 'text/plain;charset=UTF-8',
          origin: `https://firm.localhost:${httpsPort}`,
          // A client cannot choose the address it is counted under.
          'x-forwarded-for': '198.51.100.77',
        },
        body: JSON.stringify({
          id: randomUUID(),
          site: 'harbor-vale',
          journey: randomUUID(),
          lang: 'en',
          fields: {
            name: `Limit ${randomUUID().slice(0, 8)}`,
            email: `${randomUUID().slice(0, 8)}@example.com`,
            practiceArea: 'family',
            description: `Question ${randomUUID()}`,
            contactMethod: 'email',
          },
          disclaimer: { version: 1, accepted: true },
          fillMs: 45_000,
        }),
      });
    // The intake allows 10 per address per 10 minutes.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await intake('127.0.0.2')).status);
    expect(statuses).toEqual(Array(10).fill(201));
    const limited = await intake('127.0.0.2');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    // The problem body carries the id Caddy gave the request.
    expect(JSON.parse(limited.body).requestId).toBe(limited.headers['x-request-id']);
    expect((await intake('127.0.0.3')).status).toBe(201);
    // With RETAINER_LOG_IP=1 the collector's log names the real client.
    // Log lines are written asynchronously: read until the limited request's line is there.
    const logFile = join(repoRoot, 'test-results', 'caddy-collector.log');
    let log = '';
    for (let attempt = 0; attempt < 100 && !log.includes(String(limited.headers['x-request-id'])); attempt++) {
      log = readFileSync(logFile, 'utf8');
      if (!log.includes(String(limited.headers['x-request-id']))) await new Promise((r) => setTimeout(r, 50));
    }
    expect(log).toContain('"ip":"127.0.0.2"');
    expect(log).not.toContain('198.51.100.77');
  });
});
