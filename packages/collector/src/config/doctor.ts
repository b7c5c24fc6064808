/**
 * `npm run doctor`: what the collector would use with this environment, without starting it and without
 * printing a secret (keys, passwords and tokens show as "set"; URLs lose their credentials).
 *
 * @example
 *   for (const line of describeConfiguration(process.env, { defaultDataDir: './data' })) console.log(line);
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataKeyFileName } from '../crypto/data-key.ts';
import { type Environment, isOn, readEnvironment } from './settings.ts';

/** Host, port and path of a URL: never its user or password. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(not a URL)';
  }
}

function dataKeyLine(env: Environment, dataDir: string): string {
  const extra = env.RETAINER_DATA_KEYS
    ? ` + ${env.RETAINER_DATA_KEYS.split(/[\s,]+/).filter(Boolean).length} more (RETAINER_DATA_KEYS)`
    : '';
  if (env.RETAINER_DATA_KEY) return `Data key:       set in RETAINER_DATA_KEY${extra}`;
  if (env.RETAINER_DATA_KEYS) return `Data key:       from RETAINER_DATA_KEYS${extra}`;
  const file = join(dataDir, dataKeyFileName);
  if (!existsSync(file)) return `Data key:       none yet: generated into ${file} (0600) on first start — back it up`;
  const mode = statSync(file).mode & 0o777;
  const verdict = (mode & 0o077) === 0 ? 'ok' : `REFUSED: readable by other users, run chmod 600 ${file}`;
  return `Data key:       ${file} (mode 0${mode.toString(8)}: ${verdict})`;
}

export function describeConfiguration(
  source: Record<string, string | undefined>,
  { defaultDataDir }: { defaultDataDir: string },
): string[] {
  const env = readEnvironment(source);
  const dataDir = resolve(env.RETAINER_DATA_DIR ?? defaultDataDir);
  const port = env.PORT ?? '8787';
  const storage = env.DATABASE_URL
    ? `PostgreSQL at ${withoutCredentials(env.DATABASE_URL)}`
    : `SQLite at ${join(dataDir, 'retainer.db')}`;
  const publicUrl = env.RETAINER_PUBLIC_URL;
  const metrics = [
    env.RETAINER_METRICS_TOKEN ? 'GET /metrics on the main port with its bearer token' : undefined,
    env.RETAINER_METRICS_PORT
      ? `/metrics on ${env.RETAINER_METRICS_HOST ?? '127.0.0.1'}:${env.RETAINER_METRICS_PORT} (no token)`
      : undefined,
  ].filter(Boolean);
  return [
    `Listen:         ${env.HOST ?? '0.0.0.0'}:${port}`,
    `Storage:        ${storage}`,
    dataKeyLine(env, dataDir),
    `Public URL:     ${publicUrl ?? `none (links use the request's host)`}${publicUrl?.startsWith('https://') ? ' — Secure __Host- cookies' : ''}`,
    `Proxy trust:    ${isOn(env.RETAINER_TRUST_PROXY) ? 'yes: X-Forwarded-For/-Proto/-Host and X-Request-Id are believed' : 'no: proxy headers are ignored'}`,
    `Mail:           ${env.RETAINER_SMTP_URL ? `SMTP at ${withoutCredentials(env.RETAINER_SMTP_URL)}` : 'no mail server: messages are held in the outbox'}`,
    `Metrics:        ${metrics.length > 0 ? metrics.join('; ') : 'off (set RETAINER_METRICS_TOKEN or RETAINER_METRICS_PORT)'}`,
    `Logs:           JSON at ${env.LOG_LEVEL ?? 'info'}${isOn(env.RETAINER_LOG_IP) ? ', with client addresses' : ', no client addresses'}`,
    `First admin:    ${env.RETAINER_ADMIN_EMAIL ? 'created from RETAINER_ADMIN_EMAIL/_PASSWORD if none exists' : 'a one-time setup link is printed while none exists'}`,
    `Demo site:      ${(env.RETAINER_DEMO ? isOn(env.RETAINER_DEMO) : !env.DATABASE_URL) ? 'seeded (harbor-vale)' : 'not seeded'}`,
    `Rate limits:    ${env.RETAINER_RATE_LIMITS === 'off' ? 'OFF (load tests only)' : 'on'}`,
  ];
}
