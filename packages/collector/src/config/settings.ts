/**
 * Every environment variable the collector reads, in ONE table: its default, what it means (this text is the
 * README's configuration reference, see config-reference.ts) and the zod check its value must pass. A bad value
 * or an unknown `RETAINER_*` name (a typo) stops the start with a message naming it (issue 19).
 *
 * @example
 *   const env = readEnvironment(process.env); // throws ConfigError listing every problem
 *   const port = Number(env.PORT ?? 8787);
 */
import * as z from 'zod/mini';
import { logLevels } from '../logging/logger.ts';

export type Setting = {
  /** As shown in the README: `8787`, `generated`, `—`. */
  default: string;
  meaning: string;
  /** Checks the raw string (an unset or empty variable is `undefined`). */
  check: z.ZodMiniType<unknown, string | undefined>;
  /** Never printed (doctor shows only whether it is set). */
  secret?: boolean;
};

const text = z.optional(z.string());
const oneOf = (values: string[]) =>
  z.optional(z.enum(values as [string, ...string[]], `must be one of ${values.join(', ')}`));
const flag = oneOf(['0', '1', 'true', 'false']);
const portNumber = z.optional(
  z.string().check(z.refine((v) => /^\d{1,5}$/.test(v) && Number(v) <= 65535, 'must be a port number (0–65535)')),
);
const isUrl = (protocols: string[]) => (value: string) => {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
};
const url = (protocols: string[], hint: string) => z.optional(z.string().check(z.refine(isUrl(protocols), hint)));
const base64Key = (value: string) => Buffer.from(value.trim(), 'base64').length === 32;
const commaList = (item: (value: string) => boolean, hint: string) =>
  z.optional(
    z.string().check(
      z.refine(
        (v) =>
          v
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
            .every(item),
        hint,
      ),
    ),
  );
const origin = (value: string) =>
  isUrl(['http:', 'https:'])(value) && new URL(value).pathname.replace(/\/$/, '') === '';

export const settings = {
  PORT: { default: '`8787`', meaning: 'HTTP port', check: portNumber },
  HOST: { default: '`0.0.0.0`', meaning: 'interface to listen on', check: text },
  DATABASE_URL: {
    default: '—',
    meaning: 'use PostgreSQL (`postgres://user@host:5432/db`) instead of the embedded SQLite',
    check: url(['postgres:', 'postgresql:'], 'must be a postgres:// URL'),
    secret: true,
  },
  LOG_LEVEL: {
    default: '`info`',
    meaning: `log level: ${logLevels.map((l) => `\`${l}\``).join(', ')}; JSON lines on stdout, pretty on a terminal`,
    check: oneOf([...logLevels]),
  },
  RETAINER_DATA_DIR: { default: '`./data`', meaning: 'SQLite file and generated key (created 0700)', check: text },
  RETAINER_DATA_KEY: {
    default: 'generated',
    meaning: 'base64 32-byte key for field encryption (AES-256-GCM)',
    check: z.optional(
      z.string().check(z.refine(base64Key, 'must be 32 random bytes in base64 (openssl rand -base64 32)')),
    ),
    secret: true,
  },
  RETAINER_DATA_KEYS: {
    default: '—',
    meaning: 'more base64 keys (comma-separated) while rotating the data key',
    check: z.optional(
      z.string().check(
        z.refine(
          (v) =>
            v
              .split(/[\s,]+/)
              .filter(Boolean)
              .every(base64Key),
          'must be base64 32-byte keys, comma-separated',
        ),
      ),
    ),
    secret: true,
  },
  RETAINER_DEMO: {
    default: '`1` on SQLite',
    meaning: '`1`/`0`: seed the demo site `harbor-vale` on start',
    check: flag,
  },
  RETAINER_DEMO_ORIGINS: {
    default: '—',
    meaning: 'extra origins allowed for the demo site (comma-separated)',
    check: commaList(origin, 'must be origins like https://www.firm.example, comma-separated'),
  },
  RETAINER_PUBLIC_URL: {
    default: '—',
    meaning: 'how browsers reach the collector; `https://…` turns on Secure cookies',
    check: url(['http:', 'https:'], 'must be an http:// or https:// URL'),
  },
  RETAINER_TRUST_PROXY: {
    default: '—',
    meaning: '`1`: read `X-Forwarded-*` and `X-Request-Id` from the reverse proxy in front',
    check: flag,
  },
  RETAINER_ADMIN_EMAIL: { default: '—', meaning: 'create the first admin without the setup link…', check: text },
  RETAINER_ADMIN_PASSWORD: {
    default: '—',
    meaning: '…with this password (12+ characters)',
    check: z.optional(z.string().check(z.minLength(12, 'must have at least 12 characters'))),
    secret: true,
  },
  RETAINER_ADMIN_NAME: { default: 'from the email', meaning: "the first admin's name", check: text },
  RETAINER_FIRM_NAME: { default: '`My firm`', meaning: "the first admin's firm", check: text },
  RETAINER_CAPTCHA_VERIFY_URL: {
    default: "the provider's",
    meaning:
      "where intake human-check tokens are verified instead of the provider's siteverify (tests, an egress proxy)",
    check: url(['http:', 'https:'], 'must be an http:// or https:// URL'),
  },
  RETAINER_RATE_LIMITS: {
    default: 'on',
    meaning: '`off`: count but never refuse on the public endpoints (load tests only)',
    check: oneOf(['on', 'off']),
  },
  RETAINER_API_KEY_RATE_LIMIT: {
    default: '`300`',
    meaning: 'requests a minute each admin API key may make (`Authorization: Bearer rtk_…`); more get 429',
    check: z.optional(z.string().check(z.regex(/^[1-9]\d{0,6}$/, 'must be a whole number from 1'))),
  },
  RETAINER_SMTP_URL: {
    default: '— (messages are held)',
    meaning:
      "the instance's mail server: `smtp://user:pass@host:587` (STARTTLS) or `smtps://user:pass@host:465`; `?from=` sets the sender; sites may set their own in Settings → Email",
    check: url(['smtp:', 'smtps:'], 'must be an smtp:// or smtps:// URL'),
    secret: true,
  },
  RETAINER_CLIO_GROW_URL: {
    default: '`https://grow.clio.com`',
    meaning:
      "where Clio Grow leads are sent (`{url}/inbox_leads`): the firm's region, e.g. `https://eu.grow.clio.com`, `https://au.grow.clio.com`, `https://ca.grow.clio.com`",
    check: url(['https:', 'http:'], 'must be an https:// URL'),
  },
  RETAINER_OUTBOX: {
    default: 'on',
    meaning: "`off`: write no messages at all (the bench's baseline only)",
    check: oneOf(['on', 'off']),
  },
  RETAINER_WEBHOOK_ALLOW_HOSTS: {
    default: '—',
    meaning:
      'webhook hosts (`name` or `name:port`, comma-separated) allowed over http and on private or loopback addresses (tests, an internal receiver)',
    check: commaList((v) => /^[\w.-]+(:\d+)?$/.test(v), 'must be host names, comma-separated'),
  },
  RETAINER_LOG_IP: {
    default: '`0`',
    meaning: '`1`: add the client address to each request log line (personal data: off by default)',
    check: flag,
  },
  RETAINER_METRICS_TOKEN: {
    default: '—',
    meaning: 'serve Prometheus `GET /metrics` on the main port to `Authorization: Bearer <token>` (16+ characters)',
    check: z.optional(z.string().check(z.minLength(16, 'must have at least 16 characters'))),
    secret: true,
  },
  RETAINER_METRICS_PORT: {
    default: '—',
    meaning: 'serve `/metrics` (no token) on this port instead, for a private network',
    check: portNumber,
  },
  RETAINER_METRICS_HOST: {
    default: '`127.0.0.1`',
    meaning: 'interface for `RETAINER_METRICS_PORT`',
    check: text,
  },
  RETAINER_WIDGETS_DIR: { default: '`dist/w`', meaning: 'built widgets', check: text },
  RETAINER_DASHBOARD_DIR: { default: '`dist/dashboard`', meaning: 'built dashboard', check: text },
  RETAINER_DEMO_DIR: { default: '`demo`', meaning: 'the demo site', check: text },
  RETAINER_FUZZ_RUNS: {
    default: '—',
    meaning: 'tests only: runs per property test (the collector ignores it)',
    check: z.optional(z.string().check(z.regex(/^\d+$/, 'must be a whole number'))),
  },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof settings;
export type Environment = { [K in SettingName]: string | undefined };

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`[retainer] The configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Edit distance, to suggest the variable a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const names = Object.keys(settings) as SettingName[];

/** The variables checked and known; throws `ConfigError` naming every bad value and unknown `RETAINER_*` name. */
export function readEnvironment(env: Record<string, string | undefined>): Environment {
  const problems: string[] = [];
  for (const name of Object.keys(env)
    .filter((n) => n.startsWith('RETAINER_'))
    .sort()) {
    if (name in settings) continue;
    const closest = names.map((known) => ({ known, d: distance(name, known) })).sort((a, b) => a.d - b.d)[0];
    problems.push(
      `${name} is not a Retainer setting${closest && closest.d <= 3 ? ` (did you mean ${closest.known}?)` : ''}`,
    );
  }
  const values = {} as Environment;
  for (const name of names) {
    const raw = env[name];
    const value = raw === undefined || raw.trim() === '' ? undefined : raw;
    const parsed = settings[name].check.safeParse(value);
    if (!parsed.success) {
      const setting: Setting = settings[name];
      const shown = setting.secret ? '' : ` (got ${JSON.stringify(value)})`;
      problems.push(`${name} ${parsed.error.issues[0]?.message ?? 'is not valid'}${shown}`);
    }
    values[name] = value;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return values;
}

/** `1`/`true` → true; for the flag settings. */
export const isOn = (value: string | undefined) => value === '1' || value === 'true';
