/**
 * The collector as a Hono app: public widget endpoints, health, widget files and the demo.
 * Pure wiring: storage, cipher and directories come in, nothing is read from the environment.
 *
 * @example
 *   const storage = await openStorage({ kind: 'sqlite', file: 'data/retainer.db' });
 *   const app = createApp({ storage, cipher: createFieldCipher(key), widgetsDir, demoDir });
 *   const res = await app.request('/healthz');
 */
import { problemTypes } from '@retainer/schema';
import { Hono } from 'hono';
import { type AdminOptions, mountDashboard } from './admin-api/index.ts';
import type { AppEnv } from './app-env.ts';
import type { CaptchaOptions } from './captcha/index.ts';
import { corsHeaders, preflight } from './cors/index.ts';
import type { FieldCipher } from './crypto/field-cipher.ts';
import { servePhoto } from './directory/photo-routes.ts';
import { serveDirectory } from './directory/public-directory.ts';
import { errorToProblem, notFoundProblem, ProblemError } from './errors/index.ts';
import { ingestEvents } from './events/index.ts';
import { askFaq, createFaqIndexCache, serveFaqSettings } from './faq/index.ts';
import { checkLive, checkReady } from './health/index.ts';
import { submitIntake } from './intake/index.ts';
import type { LiveFeed } from './live/index.ts';
import { type Logger, silentLogger } from './logging/logger.ts';
import { observeRequests } from './logging/request-log.ts';
import { type Metrics, processMetrics } from './metrics/index.ts';
import { serveMetrics } from './metrics/serve-metrics.ts';
import { createOutbox, type Outbox } from './outbox/outbox.ts';
import {
  defaultPublicLimits,
  limitIntakeByAddress,
  type PublicLimits,
  shedEventFlood,
} from './rate-limit/public-limits.ts';
import { serveSiteConfig } from './site-config/index.ts';
import { createSiteCache, type SiteCache } from './sites/site-cache.ts';
import { serveFiles } from './static/index.ts';
import { lookupMatter, readMatter, sendMessage, setNotify } from './status/index.ts';
import type { Storage } from './storage/open-storage.ts';
import { answerSurvey, openSurvey } from './survey/public-survey.ts';
import { unsubscribe, unsubscribePage } from './survey/unsubscribe.ts';

export type AppOptions = {
  storage: Storage;
  cipher: FieldCipher;
  /** Built widgets (`dist/w`); `/w/*` answers 404 while it is missing. */
  widgetsDir?: string;
  /** The demo site (`demo/`). */
  demoDir?: string;
  /** How long site config and origins are cached in memory. */
  siteCacheMs?: number;
  /** Rate limits on the public endpoints (defaults: `defaultPublicLimits`). */
  publicLimits?: PublicLimits;
  now?: () => number;
  /** The intake's human check: siteverify URL override (`RETAINER_CAPTCHA_VERIFY_URL`) and timeout. */
  captcha?: CaptchaOptions;
  /** The dashboard: public URL, proxy trust, built SPA directory (`/api/admin/*` is always on). */
  admin?: AdminOptions;
  /**
   * Issue 15: where intakes and admin changes enqueue emails (default: one made here, no mail server, so
   * messages are held until a worker with a server sends them). `null`: no outbox at all (benchmarks' baseline).
   */
  outbox?: Outbox | null;
  /** One line per request (logging/request-log.ts); default: none. */
  logger?: Logger;
  /** `RETAINER_LOG_IP=1`: the client's address in each request line. */
  logIp?: boolean;
  /** Request metrics go here; default: the process registry. */
  metrics?: Metrics;
  /** `RETAINER_METRICS_TOKEN`: serves `GET /metrics` to this bearer token; without it there is no such route. */
  metricsToken?: string | undefined;
  /** `/readyz` answers 503 until this returns true (start-up: migrations and first-start seeding). */
  started?: () => boolean;
};

export type CollectorApp = Hono<AppEnv> & {
  readonly sites: SiteCache;
  readonly outbox: Outbox | undefined;
  /** Open dashboards' live streams (issue 15): closed before the server drains, so they do not hold it open. */
  readonly live: LiveFeed;
};

/** The demo proves the widgets work under a strict policy (no inline script or style). */
export const demoContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

const methodNotAllowed = () => {
  throw new ProblemError(405, problemTypes.methodNotAllowed);
};

export function createApp(options: AppOptions): CollectorApp {
  const { storage, cipher, now = Date.now } = options;
  const sites = createSiteCache(storage, options.siteCacheMs);
  const outbox =
    options.outbox === undefined
      ? createOutbox({ cipher, baseUrl: options.admin?.publicUrl, now })
      : (options.outbox ?? undefined);
  const app = new Hono<AppEnv>();

  const metrics = options.metrics ?? processMetrics();
  const trustProxy = options.admin?.trustProxy ?? false;
  // Issue 19: first, so every answer (errors and 404s included) carries X-Request-Id and gets its log line.
  app.use(
    '*',
    observeRequests({ logger: options.logger ?? silentLogger, metrics, trustProxy, logIp: options.logIp ?? false }),
  );
  app.onError((error, c) =>
    errorToProblem(error, c.req.path.startsWith('/v1/') ? corsHeaders(c) : {}, {
      requestId: c.get('requestId'),
      logger: c.get('logger'),
    }),
  );
  app.notFound(notFoundProblem);
  app.get('/livez', checkLive);
  const ready = checkReady({ storage, ...(options.started ? { started: options.started } : {}) });
  app.get('/readyz', ready);
  app.get('/healthz', ready);
  if (options.metricsToken) app.get('/metrics', serveMetrics({ metrics, token: options.metricsToken }));

  app.options('/v1/*', preflight(sites));
  const limits = options.publicLimits ?? defaultPublicLimits;
  const addressOptions = { trustProxy: options.admin?.trustProxy ?? false, now };
  app.post('/v1/events', shedEventFlood(limits.events, addressOptions), ingestEvents({ storage, sites, now }));
  const intakeLimit = limitIntakeByAddress(limits.intake.perAddress, addressOptions);
  app.post(
    '/v1/intake',
    intakeLimit.guard,
    submitIntake({
      storage,
      sites,
      cipher,
      now,
      perSite: limits.intake.perSite,
      perAddress: intakeLimit.limit,
      captcha: options.captcha,
      outbox,
    }),
  );
  app.get('/v1/sites/:site/config', serveSiteConfig({ sites }));
  app.get('/v1/sites/:site/directory', serveDirectory({ storage, sites }));
  app.get('/v1/photos/:id', servePhoto({ storage }));
  const indexes = createFaqIndexCache(storage.db);
  app.post(
    '/v1/faq/ask',
    askFaq({ storage, sites, cipher, indexes, now, trustProxy: addressOptions.trustProxy, limits: limits.faq }),
  );
  app.get('/v1/sites/:site/faq', serveFaqSettings({ storage, sites }));
  app.all('/v1/faq/ask', methodNotAllowed);
  app.all('/v1/sites/:site/faq', methodNotAllowed);
  const status = { storage, sites, cipher, now, trustProxy: options.admin?.trustProxy ?? false, outbox };
  app.post('/v1/status/lookup', lookupMatter(status));
  app.post('/v1/status/matter', readMatter(status));
  app.post('/v1/status/message', sendMessage(status));
  app.post('/v1/status/notify', setNotify(status));
  app.all('/v1/status/*', methodNotAllowed);
  const survey = { storage, sites, cipher, now, trustProxy: options.admin?.trustProxy ?? false, outbox };
  app.post('/v1/survey/open', openSurvey(survey));
  app.post('/v1/survey', answerSurvey(survey));
  app.get('/v1/unsubscribe/:token', unsubscribePage({ cipher }));
  app.post('/v1/unsubscribe/:token', unsubscribe({ storage, cipher, now }));
  app.all('/v1/survey/open', methodNotAllowed);
  app.all('/v1/survey', methodNotAllowed);
  app.all('/v1/events', methodNotAllowed);
  app.all('/v1/intake', methodNotAllowed);
  app.all('/v1/sites/:site/config', methodNotAllowed);
  app.all('/v1/sites/:site/directory', methodNotAllowed);
  const live = mountDashboard(app, {
    storage,
    cipher,
    sites,
    now,
    widgetsDir: options.widgetsDir,
    admin: options.admin,
    // With the outbox off (a benchmark baseline) admin changes still need a handle; their messages stay queued.
    outbox: outbox ?? createOutbox({ cipher, baseUrl: options.admin?.publicUrl, now }),
  });

  if (options.widgetsDir) {
    app.get(
      '/w/*',
      serveFiles({
        root: options.widgetsDir,
        prefix: '/w/',
        // Chunk names carry a content hash; loaders keep one URL, so they must revalidate soon.
        cacheControl: (path) =>
          path.startsWith('chunks/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        // Public scripts, imported as modules from the firm's own origin.
        headers: { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' },
      }),
    );
  }
  if (options.demoDir) {
    app.get('/demo', (c) => c.redirect('/demo/', 301));
    app.get(
      '/demo/*',
      serveFiles({
        root: options.demoDir,
        prefix: '/demo/',
        cacheControl: () => 'no-cache',
        headers: { 'content-security-policy': demoContentSecurityPolicy, 'referrer-policy': 'same-origin' },
      }),
    );
    app.get('/', (c) => c.redirect('/demo/', 302));
  }

  return Object.assign(app, { sites, outbox, live });
}
