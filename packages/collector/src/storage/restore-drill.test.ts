/**
 * Issue 19, the restore drill an operator should be able to repeat: `npm run backup` while the collector runs,
 * then a collector started on the copy (with the data key kept separately) serves the same data, decrypted.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inboxList } from '@retainer/schema/admin';
import { describe, expect, it } from 'vitest';
import { startCollector } from '../server/start-collector.ts';
import { intakeBody, post } from '../test-support/requests.ts';

const repo = new URL('../../../../', import.meta.url).pathname;
const admin = {
  firmName: 'Harbor & Vale LLP',
  name: 'Hana',
  email: 'hana@example.com',
  password: 'a restore drill password',
};

async function signIn(url: string) {
  const res = await fetch(`${url}/api/admin/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

describe('restore drill (SQLite)', () => {
  it('backs up a running collector with `npm run backup`, and a collector on the copy reads the data', {
    timeout: 120_000,
  }, async () => {
    const live = mkdtempSync(join(tmpdir(), 'retainer-live-'));
    const restored = mkdtempSync(join(tmpdir(), 'retainer-restored-'));
    try {
      const collector = await startCollector({
        port: 0,
        host: '127.0.0.1',
        dataDir: live,
        firstAdmin: admin,
        log: () => {},
      });
      const body = intakeBody({ fields: { ...intakeBody().fields, name: 'Rita Restore' } });
      try {
        const origin = `http://localhost:${collector.port}`;
        expect((await fetch(`${collector.url}/v1/intake`, post(body, { origin }))).status).toBe(201);
        // While it keeps running.
        execFileSync('npm', ['run', '-s', 'backup', '--', '--data-dir', live, '--out', join(restored, 'retainer.db')], {
          cwd: repo,
          env: { ...process.env, RETAINER_DATA_DIR: '' },
          stdio: 'pipe',
        });
        expect((await fetch(`${collector.url}/readyz`)).status).toBe(200);
        expect(statSync(join(restored, 'retainer.db')).mode & 0o777).toBe(0o600);
      } finally {
        await collector.close();
      }
      // The key travels separately from the backup.
      copyFileSync(join(live, 'data.key'), join(restored, 'data.key'));
      const copy = await startCollector({ port: 0, host: '127.0.0.1', dataDir: restored, log: () => {} });
      try {
        expect((await fetch(`${copy.url}/readyz`)).status).toBe(200);
        const cookie = await signIn(copy.url);
        const inbox = inboxList.parse(
          await (await fetch(`${copy.url}/api/admin/inbox`, { headers: { cookie } })).json(),
        );
        expect(inbox.items.map((item) => item.name)).toContain('Rita Restore');
        expect(copy.setupLink).toBeUndefined();
      } finally {
        await copy.close();
      }
    } finally {
      rmSync(live, { recursive: true, force: true });
      rmSync(restored, { recursive: true, force: true });
    }
  });
});
