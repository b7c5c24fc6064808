import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withConfigurationTable } from './config-reference.ts';
import { describeConfiguration } from './doctor.ts';
import { ConfigError, readEnvironment, settings } from './settings.ts';

const readme = new URL('../../../../README.md', import.meta.url);

const problemsOf = (env: Record<string, string>) => {
  try {
    readEnvironment(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
};

describe('the settings table', () => {
  it('is what README.md documents (run `npm run docs:config` after changing it)', () => {
    const text = readFileSync(readme, 'utf8');
    expect(withConfigurationTable(text)).toBe(text);
  });

  it('documents every variable the collector and its scripts read', () => {
    const sources = ['../main.ts', '../../../../scripts/backup.ts', '../../../../scripts/rotate-key.ts'];
    for (const source of sources) {
      const code = readFileSync(new URL(source, import.meta.url), 'utf8');
      for (const [name] of code.matchAll(/\b(?:RETAINER_[A-Z_]+[A-Z]|DATABASE_URL|LOG_LEVEL)\b/g)) {
        expect(Object.keys(settings), `${name} in ${source}`).toContain(name);
      }
    }
  });

  it('accepts the defaults and a full, valid configuration', () => {
    expect(problemsOf({})).toEqual([]);
    expect(
      problemsOf({
        PORT: '8080',
        DATABASE_URL: 'postgres://retainer@db:5432/retainer',
        LOG_LEVEL: 'debug',
        RETAINER_DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
        RETAINER_PUBLIC_URL: 'https://retainer.firm.example',
        RETAINER_TRUST_PROXY: '1',
        RETAINER_DEMO_ORIGINS: 'https://www.firm.example, http://localhost:4173/',
        RETAINER_SMTP_URL: 'smtp://mailer:secret@mail.firm.example:587',
        RETAINER_WEBHOOK_ALLOW_HOSTS: 'localhost:9000,receiver.internal',
        RETAINER_METRICS_TOKEN: 'a-token-of-sixteen-plus',
        RETAINER_METRICS_PORT: '9464',
        RETAINER_DEMO: '',
      }),
    ).toEqual([]);
  });

  it('names each bad value and each unknown RETAINER_ variable, with the likely meant one', () => {
    expect(
      problemsOf({
        RETAINER_DATA_DIRECTORY: '/var/lib/retainer',
        RETAINER_TRUSTPROXY: '1',
        RETAINER_SOMETHING_ELSE_ENTIRELY: 'x',
        LOG_LEVEL: 'verbose',
        DATABASE_URL: 'mysql://db/retainer',
        RETAINER_PUBLIC_URL: 'retainer.firm.example',
        RETAINER_DATA_KEY: 'c2hvcnQ=',
        RETAINER_RATE_LIMITS: 'no',
        RETAINER_DEMO_ORIGINS: 'https://www.firm.example/contact',
        RETAINER_METRICS_PORT: 'nine',
      }),
    ).toEqual([
      'RETAINER_DATA_DIRECTORY is not a Retainer setting',
      'RETAINER_SOMETHING_ELSE_ENTIRELY is not a Retainer setting',
      'RETAINER_TRUSTPROXY is not a Retainer setting (did you mean RETAINER_TRUST_PROXY?)',
      'DATABASE_URL must be a postgres:// URL',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")',
      'RETAINER_DATA_KEY must be 32 random bytes in base64 (openssl rand -base64 32)',
      'RETAINER_DEMO_ORIGINS must be origins like https://www.firm.example, comma-separated (got "https://www.firm.example/contact")',
      'RETAINER_PUBLIC_URL must be an http:// or https:// URL (got "retainer.firm.example")',
      'RETAINER_RATE_LIMITS must be one of on, off (got "no")',
      'RETAINER_METRICS_PORT must be a port number (0–65535) (got "nine")',
    ]);
  });
});

describe('npm run doctor', () => {
  it('says what the collector would use and prints no secret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-doctor-'));
    try {
      const secrets = {
        DATABASE_URL: 'postgres://retainer:pg-Secret-1@db.internal:5432/retainer',
        RETAINER_DATA_KEY: Buffer.alloc(32, 9).toString('base64'),
        RETAINER_SMTP_URL: 'smtp://mailer:smtp-Secret-2@mail.firm.example:587',
        RETAINER_METRICS_TOKEN: 'metrics-Secret-3-long-enough',
        RETAINER_ADMIN_EMAIL: 'boss@firm.example',
        RETAINER_ADMIN_PASSWORD: 'admin-Secret-4-long',
      };
      const lines = describeConfiguration(
        { ...secrets, RETAINER_PUBLIC_URL: 'https://retainer.firm.example', RETAINER_TRUST_PROXY: '1' },
        { defaultDataDir: dir },
      ).join('\n');
      expect(lines).toContain('Storage:        PostgreSQL at postgres://db.internal:5432/retainer');
      expect(lines).toContain('Data key:       set in RETAINER_DATA_KEY');
      expect(lines).toContain('Public URL:     https://retainer.firm.example — Secure __Host- cookies');
      expect(lines).toContain('Proxy trust:    yes');
      expect(lines).toContain('Mail:           SMTP at smtp://mail.firm.example:587');
      expect(lines).toContain('Metrics:        GET /metrics on the main port with its bearer token');
      for (const secret of ['pg-Secret-1', secrets.RETAINER_DATA_KEY, 'smtp-Secret-2', 'Secret-3', 'Secret-4']) {
        expect(lines).not.toContain(secret);
      }

      writeFileSync(join(dir, 'data.key'), `${Buffer.alloc(32, 2).toString('base64')}\n`, { mode: 0o644 });
      chmodSync(join(dir, 'data.key'), 0o644);
      const loose = describeConfiguration({}, { defaultDataDir: dir }).join('\n');
      expect(loose).toContain(`Storage:        SQLite at ${join(dir, 'retainer.db')}`);
      expect(loose).toContain('REFUSED: readable by other users');
      expect(loose).toContain('Mail:           no mail server: messages are held in the outbox');
      expect(loose).toContain('Metrics:        off');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
