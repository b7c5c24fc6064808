/**
 * Issue 9: a full disk under SQLite answers 503 + Retry-After (never 500), corrupts nothing,
 * keeps every acknowledged event, and recovers without a restart once space is freed.
 * Needs a small tmpfs: it runs where `mount` is allowed (CI runs as root) and is skipped elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createFieldCipher } from '../crypto/field-cipher.ts';
import { seedDemoSite } from '../seed/demo-site.ts';
import { post } from '../test-support/requests.ts';
import { allowedOrigin, relaxedLimits } from '../test-support/test-app.ts';
import { openStorage } from './open-storage.ts';

const mountPoint = mkdtempSync(join(tmpdir(), 'retainer-full-'));
const mounted = (() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const batch = () => {
  const journey = randomUUID();
  const filler = randomBytes(96).toString('base64');
  return {
    id: randomUUID(),
    events: Array.from({ length: 50 }, () => ({
      id: randomUUID(),
      site: 'harbor-vale',
      journey,
      stage: 'discover',
      type: 'intake.shown',
      ts: Date.now(),
      props: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`p${i}`, filler])),
    })),
  };
};

describe.runIf(mounted)('SQLite on a full disk', () => {
  let closeLater = async () => {};
  afterAll(async () => {
    await closeLater().catch(() => {});
    execFileSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('answers 503 + Retry-After, loses nothing acknowledged, stays intact and recovers once space is back', {
    timeout: 60_000,
  }, async () => {
    const file = join(mountPoint, 'retainer.db');
    const storage = await openStorage({ kind: 'sqlite', file });
    await seedDemoSite(storage, { port: 8787, extraOrigins: [allowedOrigin] });
    closeLater = () => storage.close();
    const app = createApp({ storage, cipher: createFieldCipher(randomBytes(32)), publicLimits: relaxedLimits });
    const send = (body: unknown) => app.request('/v1/events', post(body, { origin: allowedOrigin }));

    // Leave room for the test to free later.
    const ballast = join(mountPoint, 'ballast');
    writeFileSync(ballast, Buffer.alloc(1024 * 1024));
    const acknowledged: string[] = [];
    let full: Response | undefined;
    for (let i = 0; i < 400 && !full; i++) {
      const body = batch();
      const res = await send(body);
      if (res.status === 200) acknowledged.push(...body.events.map((e) => e.id));
      else full = res;
    }
    expect(full?.status).toBe(503);
    expect(full?.headers.get('retry-after')).toBe('5');
    expect(acknowledged.length).toBeGreaterThan(0);

    rmSync(ballast);
    let recovered = 0;
    for (let attempt = 0; attempt < 10 && recovered !== 200; attempt++) recovered = (await send(batch())).status;
    expect(recovered).toBe(200);
    await storage.close();
    closeLater = async () => {};

    const db = new SqliteDatabase(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set((db.prepare('select id from events').all() as { id: string }[]).map((r) => r.id));
    db.close();
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});
