import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('main.ts', () => {
  it('starts on the embedded default, prints where things are, and exits 0 on SIGTERM', {
    timeout: 30_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-main-'));
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RETAINER_DATA_DIR: dir, DATABASE_URL: '' },
    });
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Storage:')) resolve();
      });
      child.on('exit', () => reject(new Error(`exited early:\n${output}`)));
    });
    const url = /Retainer collector: (http:\S+)/.exec(output)?.[1];
    expect(output).toMatch(/Demo site: http:\/\/localhost:\d+\/demo\//);
    expect(output).toContain(`Storage: SQLite at ${join(dir, 'retainer.db')}`);
    expect(output).toContain(`Generated a new data key at ${join(dir, 'data.key')}`);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Collector stopped.');
    rmSync(dir, { recursive: true, force: true });
  });
});
