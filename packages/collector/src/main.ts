/**
 * The collector process: `node dist/collector/main.js` (what `npm start` runs after building), or from source
 * with `tsx packages/collector/src/main.ts`.
 * Checks the environment (every variable is in config/settings.ts, which also writes the README's table), starts,
 * logs where everything is as JSON lines (pretty on a terminal), and shuts down cleanly on SIGTERM/SIGINT.
 * The one-time setup link and the demo's access codes go to stderr as plain text, once: never into the JSON log.
 */

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unattendedAdmin } from './auth/unattended-admin.ts';
import { ConfigError, isOn, readEnvironment } from './config/settings.ts';
import { createLogger, errorFacts, type LogLevel, setProcessLogger } from './logging/logger.ts';
import { parseSmtpUrl } from './outbox/email-settings.ts';
import { unlimited } from './rate-limit/public-limits.ts';
import { startCollector } from './server/start-collector.ts';
import { demoMatters } from './status/seed-matters.ts';
import { parseAllowHosts } from './webhooks/address-policy.ts';

/** For the operator's eyes only (stderr, plain text): never shipped with the JSON log. */
const print = (line: string) => process.stderr.write(`${line}\n`);
let env: ReturnType<typeof readEnvironment>;
try {
  env = readEnvironment(process.env);
} catch (error) {
  print(error instanceof ConfigError ? error.message : String(error));
  process.exit(1);
}
const logger = createLogger({ level: (env.LOG_LEVEL as LogLevel | undefined) ?? 'info', pretty: process.stdout.isTTY });
setProcessLogger(logger);
/** The checkout's root, found from this file whether it runs as source (tsx) or compiled (dist/collector). */
function findRepoRoot(start: string): string {
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'packages'))) return `${dir}/`;
  }
  return `${process.cwd()}/`;
}
const repo = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
const port = Number(env.PORT ?? 8787);
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
    ...(env.RETAINER_DEMO ? { seedDemo: isOn(env.RETAINER_DEMO) } : {}),
    demoOrigins: list(env.RETAINER_DEMO_ORIGINS),
    ...(env.RETAINER_RATE_LIMITS === 'off' ? { publicLimits: unlimited } : {}),
    captchaVerifyUrl: env.RETAINER_CAPTCHA_VERIFY_URL || undefined,
    clioGrowUrl: env.RETAINER_CLIO_GROW_URL || undefined,
    outbox: {
      smtpUrl: smtpUrl(env.RETAINER_SMTP_URL),
      enabled: env.RETAINER_OUTBOX !== 'off',
      webhookAllowHosts: parseAllowHosts(env.RETAINER_WEBHOOK_ALLOW_HOSTS),
    },
    admin: {
      publicUrl: env.RETAINER_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
      trustProxy: isOn(env.RETAINER_TRUST_PROXY),
      dashboardDir: env.RETAINER_DASHBOARD_DIR || `${repo}dist/dashboard`,
      apiKeyRatePerMinute: env.RETAINER_API_KEY_RATE_LIMIT ? Number(env.RETAINER_API_KEY_RATE_LIMIT) : undefined,
    },
    firstAdmin: unattendedAdmin(env),
    log: (line) => logger.info(line),
    logger,
    logIp: isOn(env.RETAINER_LOG_IP),
    metricsToken: env.RETAINER_METRICS_TOKEN,
    metricsPort: env.RETAINER_METRICS_PORT === undefined ? undefined : Number(env.RETAINER_METRICS_PORT),
    metricsHost: env.RETAINER_METRICS_HOST,
    printPrivately(line) {
      print(line);
      if (line.includes('#token=')) logger.warn('No admin account yet: a one-time setup link was printed on stderr');
    },
  });
  const { url } = collector;
  logger.info({ url }, `Retainer collector: ${url}`);
  logger.info({ url: `${url}/demo/` }, `Demo site: ${url}/demo/`);
  logger.info({ url: `${url}/dashboard` }, `Dashboard: ${url}/dashboard`);
  if (collector.metricsPort !== undefined) logger.info({ port: collector.metricsPort }, 'Metrics listener up');
  logger.info({ storage: collector.storage.kind }, `Storage: ${collector.storage.description}`);
  logger.info(
    { email: env.RETAINER_SMTP_URL ? 'instance' : 'held' },
    env.RETAINER_SMTP_URL
      ? 'Email: sent through RETAINER_SMTP_URL (sites may set their own server in Settings → Email)'
      : 'Email: no mail server (RETAINER_SMTP_URL); messages are held in the dashboard’s Outbox',
  );
  if (env.RETAINER_DEMO ? isOn(env.RETAINER_DEMO) : collector.storage.kind === 'sqlite') {
    print(`Case status demo (${url}/demo/case-status.html), reference + access code:`);
    for (const m of demoMatters) print(`  ${m.reference}  ${m.accessCode}  (${m.clientName}, ${m.practiceArea})`);
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, `${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, `${signal}: finishing in-flight requests and writes…`);
    collector.close().then(
      () => {
        logger.info('Collector stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ error: errorFacts(error) }, 'Collector did not stop cleanly.');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  // Start-up messages are ours (a port in use, a refused key file), safe to show in full.
  const message = error instanceof Error ? error.message : String(error);
  logger.fatal({ error: errorFacts(error) }, `Collector failed to start: ${message}`);
  print(`Collector failed to start: ${message}`);
  process.exit(1);
}
