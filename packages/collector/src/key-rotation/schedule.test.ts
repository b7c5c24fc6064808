import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keyCheckOf } from '../crypto/field-cipher.ts';
import { keyIdOf } from '../crypto/keyring.ts';
import { seedDemoSite } from '../seed/demo-site.ts';
import { seedDemoMatters } from '../status/seed-matters.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { encryptedTables, openKeyring, promoteKey, startKeyRotation } from './index.ts';

describe.each(storageKinds)('the background rotation job on %s', (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await openTestStorage(kind);
    await seedDemoSite(t.storage, { port: 8787 });
  });
  afterAll(() => t.cleanup());

  it('follows a promotion, re-encrypts in small batches, and signs off on stop', async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const newKid = keyIdOf(keyCheckOf(newKey));
    const ring = await openKeyring(t.storage, [oldKey, newKey]);
    await seedDemoMatters(t.storage, ring, 'harbor-vale');
    await promoteKey(t.storage.db, newKid, Date.now());
    const lines: string[] = [];
    const stop = startKeyRotation(t.storage, ring, { batchSize: 2, pauseMs: 0, idleMs: 10, log: (l) => lines.push(l) });
    const db = t.storage.db;
    await vi.waitFor(
      async () => {
        const state = await db.selectFrom('data_keys').select(['kid', 'state']).execute();
        const progress = await db.selectFrom('key_rotation_progress').selectAll().execute();
        expect(progress).toHaveLength(encryptedTables.length);
        expect(progress.every((p) => Number(p.done) === 1 && p.target_kid === newKid)).toBe(true);
        expect(state).toHaveLength(2);
      },
      { timeout: 30_000, interval: 20 },
    );
    expect(ring.primaryKid).toBe(newKid);
    expect(lines).toContain(`Data key ${newKid} is now primary: new data is encrypted with it.`);
    expect(await db.selectFrom('data_key_holders').select('writes_with').execute()).toEqual([{ writes_with: newKid }]);
    await stop();
    expect(await db.selectFrom('data_key_holders').selectAll().execute()).toEqual([]);
    const matters = await t.storage.db
      .selectFrom('matters' as never)
      .select(['personal' as never, 'next_step' as never])
      .execute();
    for (const row of matters as { personal: string; next_step: string | null }[]) {
      expect(row.personal).not.toContain('"v1.');
      if (row.next_step) expect(row.next_step.startsWith(`v2.${newKid}.`)).toBe(true);
    }
  });
});
