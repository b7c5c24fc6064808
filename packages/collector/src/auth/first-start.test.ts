import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCollector } from '../server/start-collector.ts';

describe('first start', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-start-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('prints a one-time setup link that creates the first admin, and none after that', async () => {
    const lines: string[] = [];
    const dir = dataDir();
    const collector = await startCollector({ port: 0, host: '127.0.0.1', dataDir: dir, log: (l) => lines.push(l) });
    let restarted: Awaited<ReturnType<typeof startCollector>> | undefined;
    try {
      const link = collector.setupLink!;
      expect(link).toMatch(new RegExp(`^http://localhost:${collector.port}/dashboard/setup#token=[\\w-]{43}$`));
      expect(lines.some((l) => l.includes(link))).toBe(true);
      const token = link.split('#token=')[1];
      const res = await fetch(`${collector.url}/api/admin/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token,
          firmName: 'Harbor & Vale LLP',
          name: 'Hana',
          email: 'hana@example.com',
          password: 'a long first password',
        }),
      });
      expect(res.status).toBe(201);
      await collector.close();
      lines.length = 0;
      restarted = await startCollector({ port: 0, host: '127.0.0.1', dataDir: dir, log: (l) => lines.push(l) });
      expect(restarted.setupLink).toBeUndefined();
      expect(lines.join('\n')).not.toContain('setup#token');
    } finally {
      await collector.close().catch(() => {});
      await restarted?.close();
    }
  });

  it('creates the admin unattended from the environment', async () => {
    const lines: string[] = [];
    const collector = await startCollector({
      port: 0,
      host: '127.0.0.1',
      dataDir: dataDir(),
      firstAdmin: { firmName: 'Firm', name: 'Ann', email: 'ann@example.com', password: 'a long enough password' },
      log: (l) => lines.push(l),
    });
    try {
      expect(collector.setupLink).toBeUndefined();
      expect(lines).toContain('Created the first admin: ann@example.com');
      const res = await fetch(`${collector.url}/api/admin/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ann@example.com', password: 'a long enough password' }),
      });
      expect(res.status).toBe(200);
    } finally {
      await collector.close();
    }
  });
});
