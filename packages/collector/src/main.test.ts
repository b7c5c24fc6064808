import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs main.ts until it prints `until` (or exits); stdout is JSON lines, stderr plain text. */
function runMain(env: Record<string, string>, until?: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', LOG_LEVEL: 'info', ...env },
  });
  const out = { stdout: '', stderr: '' };
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const printed = new Promise<void>((resolve, reject) => {
    const check = () => until && out.stdout.includes(until) && resolve();
    child.stdout.on('data', (chunk) => {
      out.stdout += chunk;
      check();
    });
    child.stderr.on('data', (chunk) => {
      out.stderr += chunk;
    });
    child.on('exit', () => (until ? reject(new Error(`exited early:\n${out.stdout}${out.stderr}`)) : resolve()));
  });
  return { child, out, exited, printed };
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('main.ts', () => {
  it('starts on the embedded default, logs JSON lines of where things are, and exits 0 on SIGTERM', {
    timeout: 30_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-main-'));
    const run = runMain({ RETAINER_DATA_DIR: dir }, 'Storage:');
    await run.printed;
    const lines = jsonLines(run.out.stdout);
    const url = lines.find((l) => String(l.msg).startsWith('Retainer collector:'))?.url as string;
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(lines.map((l) => l.msg)).toContain(`Demo site: ${url}/demo/`);
    expect(lines.map((l) => l.msg)).toContain(`Storage: SQLite at ${join(dir, 'retainer.db')}`);
    expect(run.out.stdout).toContain(`Generated a new data key at ${join(dir, 'data.key')}`);
    for (const line of lines) expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String) });
    // The setup link is printed once, on stderr; the JSON log only says that it was.
    expect(run.out.stderr).toMatch(
      /Create the first admin account .*: http:\/\/localhost:\d+\/dashboard\/setup#token=/,
    );
    expect(run.out.stdout).not.toContain('#token=');
    expect(run.out.stdout).not.toContain('K7XM-4PQR-9TDW');
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const requestId = health.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect((await fetch(`${url}/demo/`)).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const after = jsonLines(run.out.stdout);
    expect(after.find((l) => l.route === '/demo/*')).toMatchObject({ msg: 'request', method: 'GET', status: 200 });
    expect(after.map((l) => l.msg)).toContain('Collector stopped.');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start on a typo’d RETAINER_ variable or a bad value, naming each', { timeout: 30_000 }, async () => {
    const run = runMain({
      RETAINER_PUBIC_URL: 'https://retainer.firm.example',
      RETAINER_TRUST_PROXY: 'yes',
      PORT: '99999',
      RETAINER_METRICS_TOKEN: 'short',
    });
    expect(await run.exited).toBe(1);
    expect(run.out.stderr).toContain('The configuration is not valid');
    expect(run.out.stderr).toContain(
      'RETAINER_PUBIC_URL is not a Retainer setting (did you mean RETAINER_PUBLIC_URL?)',
    );
    expect(run.out.stderr).toContain('RETAINER_TRUST_PROXY must be one of 0, 1, true, false (got "yes")');
    expect(run.out.stderr).toContain('PORT must be a port number (0–65535) (got "99999")');
    // A secret's value is never echoed.
    expect(run.out.stderr).toContain('RETAINER_METRICS_TOKEN must have at least 16 characters');
    expect(run.out.stderr).not.toContain('"short"');
  });
});
