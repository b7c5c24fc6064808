import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataKeyFileName, loadDataKey, loadDataKeys } from './data-key.ts';

describe('loadDataKey', () => {
  let dir: string;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'retainer-key-'));
    lines.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses RETAINER_DATA_KEY when set (base64 or base64url) and writes nothing', () => {
    const key = randomBytes(32);
    expect(loadDataKey({ envKey: key.toString('base64'), dataDir: dir, log })).toEqual(key);
    expect(loadDataKey({ envKey: key.toString('base64url'), dataDir: dir, log })).toEqual(key);
    expect(() => statSync(join(dir, dataKeyFileName))).toThrow();
  });

  it('rejects a key that is not 32 bytes', () => {
    expect(() => loadDataKey({ envKey: randomBytes(16).toString('base64'), dataDir: dir, log })).toThrow(
      /RETAINER_DATA_KEY must be 32 random bytes/,
    );
  });

  it('generates a 0600 key file once, says where and to back it up, then reuses it', () => {
    const first = loadDataKey({ dataDir: join(dir, 'data'), log });
    const file = join(dir, 'data', dataKeyFileName);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(/back it up/i);
    const again = loadDataKey({ dataDir: join(dir, 'data'), log });
    expect(again).toEqual(first);
    expect(lines).toHaveLength(1);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toEqual(first);
  });

  it('refuses a corrupt key file instead of replacing it', () => {
    writeFileSync(join(dir, dataKeyFileName), 'not a key', { mode: 0o600 });
    expect(() => loadDataKey({ dataDir: dir, log })).toThrow(/32 random bytes/);
    expect(readFileSync(join(dir, dataKeyFileName), 'utf8')).toBe('not a key');
  });

  it('loads every key while rotating: RETAINER_DATA_KEY first, then RETAINER_DATA_KEYS, or a key file line by line', () => {
    const [a, b, c] = [randomBytes(32), randomBytes(32), randomBytes(32)];
    const envKeys = `${b.toString('base64')}, ${c.toString('base64url')}`;
    expect(loadDataKeys({ envKey: a.toString('base64'), envKeys, dataDir: dir, log })).toEqual([a, b, c]);
    expect(loadDataKeys({ envKeys, dataDir: dir, log })).toEqual([b, c]);
    expect(() => loadDataKeys({ envKeys: `${b.toString('base64')},short`, dataDir: dir, log })).toThrow(
      /RETAINER_DATA_KEYS must be 32 random bytes/,
    );
    writeFileSync(join(dir, dataKeyFileName), `${a.toString('base64')}\n${b.toString('base64')}\n`, { mode: 0o600 });
    expect(loadDataKeys({ dataDir: dir, log })).toEqual([a, b]);
    expect(loadDataKey({ dataDir: dir, log })).toEqual(a);
  });
});
