/**
 * Everything `npm start` does, minus reading the environment: open and migrate storage,
 * load the data key, seed the demo firm, serve. Used by main.ts, e2e tests and the bench.
 *
 * @example
 *   const collector = await startCollector({ port: 0, dataDir: '/tmp/rt', widgetsDir, demoDir });
 *   await fetch(`${collector.url}/healthz`);
 *   await collector.close();
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AdminOptions } from '../admin-api/index.ts';
import { type CollectorApp, createApp } from '../app.ts';
import { type FirstAdmin, prepareFirstAdmin } from '../auth/first-admin.ts';
import { loadDataKeys } from '../crypto/data-key.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { scheduleCohortRefresh } from '../journey/cohort-timer.ts';
import { openKeyring, startKeyRotation } from '../key-rotation/index.ts';
import { type Logger, silentLogger } from '../logging/logger.ts';
import { scheduleMessagingJobs } from '../messaging/jobs.ts';
import { processMetrics } from '../metrics/index.ts';
import { listenForMetrics } from '../metrics/serve-metrics.ts';
import { startDeliveryWorker } from '../outbox/delivery-worker.ts';
import { createOutbox, type Outbox } from '../outbox/outbox.ts';
import type { PublicLimits } from '../rate-limit/public-limits.ts';
import { schedulePurges } from '../retention/index.ts';
import { seedDemoSite } from '../seed/demo-site.ts';
import { openStorage, type Storage } from '../storage/open-storage.ts';
import { claimSqliteFile } from '../storage/sqlite-lock.ts';
import { listen, type RunningCollector } from './listen.ts';

export type CollectorConfig = {
  port?: number;
  host?: string;
  /** PostgreSQL when set; otherwise SQLite at `<dataDir>/retainer.db`. */
  databaseUrl?: string | undefined;
  /** PostgreSQL schema to use (tests); default: the connection's search_path. */
  databaseSchema?: string | undefined;
  /** Holds the SQLite database and a generated data key. Default `./data`. */
  dataDir?: string;
  /** Base64 of 32 bytes; generated into `dataDir` when absent. */
  dataKey?: string | undefined;
  /** `RETAINER_DATA_KEYS`: more keys while rotating (see key-rotation/ and README "Operating it"). */
  dataKeys?: string | undefined;
  widgetsDir?: string;
  demoDir?: string;
  /** Seed `harbor-vale`; default: only on the embedded SQLite. */
  seedDemo?: boolean;
  /** Extra origins allowed for the demo site. */
  demoOrigins?: string[];
  /** Observes the size and duration (ms) of every committed write transaction. */
  onCommit?: (size: number, ms: number) => void;
  /** The dashboard: public URL (https → Secure cookies), proxy trust, built SPA (`dist/dashboard`). */
  admin?: AdminOptions;
  /** Create this first admin instead of printing a setup link (RETAINER_ADMIN_EMAIL/_PASSWORD). */
  firstAdmin?: FirstAdmin | undefined;
  /** Lines for the operator's terminal (where things are, generated keys); default console.log. */
  log?: (line: string) => void;
  /**
   * Lines with a secret or a person in them (the one-time setup link, the created admin's email), once per start;
   * default `log`. main.ts prints them on stderr, never into the JSON log.
   */
  printPrivately?: (line: string) => void;
  /** Structured log: one line per request (issue 19); default none. */
  logger?: Logger;
  /** `RETAINER_LOG_IP=1`: client addresses in request lines. */
  logIp?: boolean;
  /** `RETAINER_METRICS_TOKEN`: `GET /metrics` on the main port for this bearer token. */
  metricsToken?: string | undefined;
  /** `RETAINER_METRICS_PORT`: `/metrics` on its own listener (open; bind it privately with `metricsHost`). */
  metricsPort?: number | undefined;
  /** Interface of the metrics listener; default 127.0.0.1. */
  metricsHost?: string | undefined;
  /** Rate limits on the public endpoints; default `defaultPublicLimits`. */
  publicLimits?: PublicLimits;
  /** `RETAINER_CAPTCHA_VERIFY_URL`: where the intake's human-check tokens are verified instead of the provider. */
  captchaVerifyUrl?: string | undefined;
  /**
   * Issue 15. `smtpUrl`: `RETAINER_SMTP_URL`, the instance's mail server (absent: held unless a site has its own).
   * `enabled: false` writes no messages at all (a benchmark's baseline). The rest tune the delivery worker.
   */
  outbox?: { smtpUrl?: string | undefined; enabled?: boolean; pollMs?: number; leaseMs?: number } | undefined;
};

export type StartedCollector = RunningCollector & {
  app: CollectorApp;
  storage: Storage;
  cipher: FieldCipher;
  /** The outbox handle (undefined when turned off); `outbox.wake()` nudges the delivery worker. */
  outbox: Outbox | undefined;
  /** The one-time link that creates the first admin; only while no account exists. */
  setupLink?: string;
  /** The metrics listener's port when `metricsPort` was given. */
  metricsPort?: number;
};

export async function startCollector(config: CollectorConfig = {}): Promise<StartedCollector> {
  const { port = 8787, host = '0.0.0.0', log = console.log } = config;
  const metrics = processMetrics();
  const dataDir = resolve(config.dataDir ?? 'data');
  // Before opening: a second collector on the same file stops here with a clear message.
  const release = config.databaseUrl ? () => {} : claimSqliteFile(join(dataDir, 'retainer.db'));
  const storage = await openStorage({
    ...(config.databaseUrl
      ? {
          kind: 'postgres' as const,
          url: config.databaseUrl,
          ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
        }
      : { kind: 'sqlite' as const, file: join(dataDir, 'retainer.db') }),
    onCommit: (size: number, ms: number) => {
      metrics.observeCommit(size, ms / 1000);
      config.onCommit?.(size, ms);
    },
  }).catch((error: unknown) => {
    release();
    throw error;
  });
  const unwatchPool = metrics.watchPool(() => storage.poolUse());
  // /readyz says 503 until migrations (done above), demo seeding and the first-admin step are over.
  let started = false;
  try {
    const keys = loadDataKeys({ envKey: config.dataKey, envKeys: config.dataKeys, dataDir, log });
    const cipher = await openKeyring(storage, keys);
    const outboxOn = config.outbox?.enabled ?? true;
    const outbox = outboxOn
      ? createOutbox({ cipher, smtpUrl: config.outbox?.smtpUrl, baseUrl: config.admin?.publicUrl })
      : undefined;
    const app = createApp({
      outbox: outbox ?? null,
      storage,
      cipher,
      ...(config.widgetsDir ? { widgetsDir: config.widgetsDir } : {}),
      ...(config.demoDir ? { demoDir: config.demoDir } : {}),
      ...(config.admin ? { admin: config.admin } : {}),
      ...(config.publicLimits ? { publicLimits: config.publicLimits } : {}),
      ...(config.captchaVerifyUrl ? { captcha: { verifyUrl: config.captchaVerifyUrl } } : {}),
      logger: config.logger ?? silentLogger,
      logIp: config.logIp ?? false,
      metrics,
      metricsToken: config.metricsToken,
      started: () => started,
    });
    const running = await listen({ app, storage, port, host });
    const metricsListener =
      config.metricsPort === undefined
        ? undefined
        : await listenForMetrics({ metrics, port: config.metricsPort, host: config.metricsHost ?? '127.0.0.1' }).catch(
            async (error) => {
              await running.close();
              throw error;
            },
          );
    // Links in emails need the real address when no public URL is set (port 0 in tests).
    if (outbox && !config.admin?.publicUrl) outbox.setBaseUrl(running.url);
    // Seeded after listen so the demo's origins name the real port (port 0 in tests).
    if (config.seedDemo ?? storage.kind === 'sqlite') {
      await seedDemoSite(storage, { port: running.port, extraOrigins: config.demoOrigins ?? [], cipher });
      app.sites.clear();
    }
    if (config.widgetsDir && !existsSync(config.widgetsDir)) {
      log(`Widgets not built yet (${config.widgetsDir} is missing): run \`npm run build\`.`);
    }
    // After seeding: the first admin's firm claims the demo site.
    const firstAdmin = await prepareFirstAdmin(storage.db, {
      baseUrl: config.admin?.publicUrl ?? running.url,
      now: Date.now(),
      unattended: config.firstAdmin,
      passwordCost: config.admin?.passwordCost,
    });
    const printPrivately = config.printPrivately ?? log;
    if (firstAdmin.createdAdmin) printPrivately(`Created the first admin: ${firstAdmin.createdAdmin}`);
    if (firstAdmin.setupLink) {
      printPrivately(`Create the first admin account (link valid 24 hours): ${firstAdmin.setupLink}`);
    }
    // FAQ questions, intake text, survey comments and raw events: kept for each site's retention (issues 5, 9).
    const stopPurges = schedulePurges(storage, cipher);
    const stopCohorts = scheduleCohortRefresh(storage);
    // Issue 9: follows key promotions and re-encrypts under the primary key in the background.
    const stopRotation = startKeyRotation(storage, cipher, { log });
    started = true;
    // Issue 15: sends what the outbox holds; woken by each intake's commit, and polls for the rest.
    const delivery = outbox
      ? startDeliveryWorker({
          db: storage.db,
          kind: storage.kind,
          outbox,
          // SQLite: claims and settlements go through the writer thread, never an fsync on the event loop.
          write: storage.kind === 'sqlite' ? (query) => storage.write(query) : undefined,
          ...(config.outbox?.pollMs ? { pollMs: config.outbox.pollMs } : {}),
          ...(config.outbox?.leaseMs ? { leaseMs: config.outbox.leaseMs } : {}),
        })
      : undefined;
    // Issue 15: reminders, staff alerts due by time, survey reminders and the weekly digest (messaging/jobs.ts).
    const stopMessaging = outbox ? scheduleMessagingJobs(storage, outbox) : () => {};
    const close = () => {
      stopMessaging();
      stopPurges();
      stopCohorts();
      unwatchPool();
      return stopRotation()
        .then(() => metricsListener?.close())
        .then(() => delivery?.stop())
        .then(() => running.close())
        .finally(release);
    };
    return {
      ...running,
      close,
      app,
      storage,
      cipher,
      outbox,
      ...(firstAdmin.setupLink ? { setupLink: firstAdmin.setupLink } : {}),
      ...(metricsListener ? { metricsPort: metricsListener.port } : {}),
    };
  } catch (error) {
    unwatchPool();
    await storage.close();
    release();
    throw error;
  }
}
