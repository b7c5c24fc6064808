/**
 * The collector process: `node dist/collector/main.js` (what `npm start` runs after building), or from source
 * with `tsx packages/collector/src/main.ts`.
 * Reads the environment, starts, prints where everything is, and shuts down cleanly on SIGTERM/SIGINT.
 *
 * Env: PORT (8787), HOST (0.0.0.0), DATABASE_URL (PostgreSQL; else SQLite in the data dir),
 * RETAINER_DATA_DIR (./data), RETAINER_DATA_KEY (base64 32 bytes; else generated), RETAINER_DATA_KEYS (more, while rotating),
 * RETAINER_DEMO (1/0: seed the demo site; default on SQLite only), RETAINER_DEMO_ORIGINS (comma-separated),
 * RETAINER_WIDGETS_DIR (<repo>/dist/w), RETAINER_DEMO_DIR (<repo>/demo),
 * RETAINER_RATE_LIMITS (off: never refuse on the public endpoints; load tests only).
 * Dashboard: RETAINER_PUBLIC_URL (how browsers reach the collector; https → Secure cookies),
 * RETAINER_TRUST_PROXY (1: read X-Forwarded-Proto/-For/-Host), RETAINER_DASHBOARD_DIR (<repo>/dist/dashboard),
 * RETAINER_ADMIN_EMAIL + RETAINER_ADMIN_PASSWORD (+ RETAINER_ADMIN_NAME, RETAINER_FIRM_NAME): first admin, unattended.
 * Email (issue 15): RETAINER_SMTP_URL (smtp://user:pass@host:587 or smtps://…; absent: messages are held);
 * RETAINER_OUTBOX (off: write no messages at all; the bench's baseline only).
 */

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unattendedAdmin } from './auth/unattended-admin.ts';
import { parseSmtpUrl } from './outbox/email-settings.ts';
import { unlimited } from './rate-limit/public-limits.ts';
import { startCollector } from './server/start-collector.ts';
import { demoMatters } from './status/seed-matters.ts';

const env = process.env;
/** The checkout's root, found from this file whether it runs as source (tsx) or compiled (dist/collector). */
function findRepoRoot(start: string): string {
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'packages'))) return `${dir}/`;
  }
  return `${process.cwd()}/`;
}
const repo = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
const port = Number(env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${env.PORT}`);
  process.exit(1);
}
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim().replace(/\/$/, ''))
    .filter(Boolean);

/** Checked at start: a typo must stop the process, not hold every email quietly. */
function smtpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    parseSmtpUrl(value);
  } catch {
    console.error('RETAINER_SMTP_URL must look like smtp://user:pass@host:587 or smtps://user:pass@host:465');
    process.exit(1);
  }
  return value;
}

try {
  const collector = await startCollector({
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.RETAINER_DATA_DIR || `${repo}data`,
    dataKey: env.RETAINER_DATA_KEY || undefined,
    dataKeys: env.RETAINER_DATA_KEYS || undefined,
    widgetsDir: env.RETAINER_WIDGETS_DIR || `${repo}dist/w`,
    demoDir: env.RETAINER_DEMO_DIR || `${repo}demo`,
    ...(env.RETAINER_DEMO ? { seedDemo: env.RETAINER_DEMO !== '0' } : {}),
    demoOrigins: list(env.RETAINER_DEMO_ORIGINS),
    ...(env.RETAINER_RATE_LIMITS === 'off' ? { publicLimits: unlimited } : {}),
    captchaVerifyUrl: env.RETAINER_CAPTCHA_VERIFY_URL || undefined,
    outbox: { smtpUrl: smtpUrl(env.RETAINER_SMTP_URL), enabled: env.RETAINER_OUTBOX !== 'off' },
    admin: {
      publicUrl: env.RETAINER_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
      trustProxy: env.RETAINER_TRUST_PROXY === '1' || env.RETAINER_TRUST_PROXY === 'true',
      dashboardDir: env.RETAINER_DASHBOARD_DIR || `${repo}dist/dashboard`,
    },
    firstAdmin: unattendedAdmin(env),
  });
  console.log(`Retainer collector: ${collector.url}`);
  console.log(`Demo site: ${collector.url}/demo/`);
  console.log(`Dashboard: ${collector.url}/dashboard`);
  console.log(`Storage: ${collector.storage.description}`);
  console.log(
    env.RETAINER_SMTP_URL
      ? 'Email: sent through RETAINER_SMTP_URL (sites may set their own server in Settings → Email)'
      : 'Email: no mail server (RETAINER_SMTP_URL); messages are held in the dashboard’s Outbox',
  );
  if (env.RETAINER_DEMO ? env.RETAINER_DEMO !== '0' : collector.storage.kind === 'sqlite') {
    console.log(`Case status demo (${collector.url}/demo/case-status.html), reference + access code:`);
    for (const m of demoMatters) console.log(`  ${m.reference}  ${m.accessCode}  (${m.clientName}, ${m.practiceArea})`);
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.log(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: finishing in-flight requests and writes…`);
    collector.close().then(
      () => {
        console.log('Collector stopped.');
        process.exit(0);
      },
      () => {
        console.error('Collector did not stop cleanly.');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  console.error(`Collector failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
