import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimSqliteFile } from './sqlite-lock.ts';

describe('claimSqliteFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'retainer-lock-'));
  const file = join(dir, 'retainer.db');
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second claim on the same file with a clear message, and allows it once released', () => {
    const release = claimSqliteFile(file);
    expect(() => claimSqliteFile(file)).toThrow(/Another collector is already using .*retainer\.db/);
    release();
    release(); // twice is harmless (shutdown paths may overlap)
    const again = claimSqliteFile(file);
    again();
  });

  it('is held against another process until released', () => {
    const release = claimSqliteFile(file);
    const probe = `const D = require('better-sqlite3'); const d = new D(process.argv[1]);
      d.pragma('busy_timeout = 0'); try { d.exec('BEGIN EXCLUSIVE'); console.log('got it'); } catch (e) { console.log(e.code); }`;
    const run = () => execFileSync(process.execPath, ['-e', probe, `${file}.lock`], { encoding: 'utf8' }).trim();
    expect(run()).toBe('SQLITE_BUSY');
    release();
    expect(run()).toBe('got it');
  });
});
