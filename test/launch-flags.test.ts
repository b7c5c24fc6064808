/**
 * Every way the collector is launched passes the same node flags (issue 18): `npm run serve` holds them, `npm start`
 * runs it, the systemd unit repeats them, and e2e tests and the bench read them from it (collector-process.ts).
 * V8's young generation cannot be capped from inside a running process, so the flags are part of what ships.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectorNodeFlags } from './e2e/support/collector-process.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
const unit = readFileSync(join(root, 'deploy/retainer.service'), 'utf8');

describe('collector launch flags', () => {
  it('caps the young generation (DESIGN.md: ≤ 150 MB RSS under the ingest load)', () => {
    expect(collectorNodeFlags()).toContain('--max-semi-space-size=4');
  });

  it('npm start serves through npm run serve', () => {
    expect(scripts.start).toMatch(/&& npm run serve$/);
  });

  it('the systemd unit starts node with the same flags', () => {
    const execStart = /^ExecStart=(.*)$/m.exec(unit)?.[1];
    expect(execStart).toBe(['/usr/bin/node', ...collectorNodeFlags(), 'dist/collector/main.js'].join(' '));
  });
});
