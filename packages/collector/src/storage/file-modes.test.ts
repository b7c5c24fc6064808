import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCollector } from '../server/start-collector.ts';
import { eventBody, post } from '../test-support/requests.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('data files (issue 19)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const parent = () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-modes-'));
    dirs.push(dir);
    return dir;
  };

  it('creates the data directory 0700 and the database, its WAL and the data key 0600', async () => {
    const dataDir = join(parent(), 'data');
    const collector = await startCollector({ port: 0, host: '127.0.0.1', dataDir, log: () => {} });
    try {
      const origin = `http://localhost:${collector.port}`;
      expect((await fetch(`${collector.url}/v1/events`, post(eventBody(1), { origin }))).status).toBe(200);
      expect(modeOf(dataDir)).toBe(0o700);
      for (const name of ['retainer.db', 'retainer.db-wal', 'retainer.db-shm', 'data.key', 'retainer.db.lock']) {
        const file = join(dataDir, name);
        expect(existsSync(file), name).toBe(true);
        expect(modeOf(file), name).toBe(0o600);
      }
    } finally {
      await collector.close();
    }
  });

  it('narrows a database file an older release left 0644', async () => {
    const dataDir = join(parent(), 'data');
    const first = await startCollector({ port: 0, host: '127.0.0.1', dataDir, log: () => {} });
    await first.close();
    chmodSync(join(dataDir, 'retainer.db'), 0o644);
    const again = await startCollector({ port: 0, host: '127.0.0.1', dataDir, log: () => {} });
    await again.close();
    expect(modeOf(join(dataDir, 'retainer.db'))).toBe(0o600);
  });

  it('refuses to start when the data key is readable by other users, naming the file and the fix', async () => {
    const dataDir = join(parent(), 'data');
    const first = await startCollector({ port: 0, host: '127.0.0.1', dataDir, log: () => {} });
    await first.close();
    const key = join(dataDir, 'data.key');
    for (const mode of [0o644, 0o640, 0o604]) {
      chmodSync(key, mode);
      await expect(startCollector({ port: 0, host: '127.0.0.1', dataDir, log: () => {} })).rejects.toThrow(
        `The data key ${key} is readable by other users (mode 0${mode.toString(8)}). Run \`chmod 600 ${key}\``,
      );
    }
    chmodSync(key, 0o600);
    const fixed = await startCollector({ port: 0, host: '127.0.0.1', dataDir, log: () => {} });
    await fixed.close();
  });
});
