import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCollector } from './start-collector.ts';

describe('startCollector (embedded SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'retainer-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds the demo firm for its own port, keeps the key across restarts and adds new demo origins', {
    timeout: 30_000,
  }, async () => {
    const lines: string[] = [];
    const first = await startCollector({ port: 0, host: '127.0.0.1', dataDir: dir, log: (l) => lines.push(l) });
    expect(lines.some((line) => line.includes(join(dir, 'data.key')))).toBe(true);
    const config = await fetch(`${first.url}/v1/sites/harbor-vale/config`, {
      headers: { origin: `http://127.0.0.1:${first.port}` },
    });
    expect(config.status).toBe(200);
    expect(config.headers.get('access-control-allow-origin')).toBe(`http://127.0.0.1:${first.port}`);
    await first.close();

    lines.length = 0;
    const second = await startCollector({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      demoOrigins: ['http://127.0.0.1:4173'],
      log: (l) => lines.push(l),
    });
    expect(lines.some((line) => line.includes('data.key'))).toBe(false);
    const site = await second.app.sites.get('harbor-vale');
    expect(site?.allowedOrigins.has('http://127.0.0.1:4173')).toBe(true);
    expect(site?.allowedOrigins.has(`http://localhost:${first.port}`)).toBe(true);
    await second.close();
  });

  it('refuses a second collector on the same SQLite file, and starts again once the first stopped', {
    timeout: 30_000,
  }, async () => {
    const quiet = { port: 0, host: '127.0.0.1', dataDir: dir, log: () => {} };
    const first = await startCollector(quiet);
    await expect(startCollector(quiet)).rejects.toThrow(/Another collector is already using .*retainer\.db/);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    await first.close();
    const again = await startCollector(quiet);
    await again.close();
  });

  it('refuses to start with a data key other than the database’s', async () => {
    await expect(
      startCollector({ port: 0, host: '127.0.0.1', dataDir: dir, dataKey: Buffer.alloc(32, 7).toString('base64') }),
    ).rejects.toThrow(/does not match/);
  });
});
