import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteCache } from '../sites/site-cache.ts';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { demoSiteId, seedDemoSite } from './demo-site.ts';

describe.each(storageKinds)('seedDemoSite on %s', (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await openTestStorage(kind);
  });
  afterAll(() => t.cleanup());

  it('creates the demo firm once and only adds new origins on later starts', async () => {
    expect(await seedDemoSite(t.storage, { port: 8787 })).toBe(true);
    expect(await seedDemoSite(t.storage, { port: 8787, extraOrigins: ['http://127.0.0.1:4173'] })).toBe(false);
    expect(await seedDemoSite(t.storage, { port: 8787, extraOrigins: ['http://127.0.0.1:4173'] })).toBe(false);
    const site = await createSiteCache(t.storage).get(demoSiteId);
    expect([...(site?.allowedOrigins ?? [])]).toEqual([
      'http://localhost:8787',
      'http://127.0.0.1:8787',
      'http://127.0.0.1:4173',
    ]);
    expect(site?.config.name).toBe('Harbor & Vale LLP');
    expect(site?.config.intake.minFillMs).toBe(3000);
    expect(site?.config.theme.accent).toBe('#1f4e79');
    expect(Object.keys(site?.config.intake.disclaimer.text ?? {})).toEqual(['en', 'ru', 'zh']);
    const labels = site?.config.practiceAreas.map((area) => Object.keys(area.label).join(','));
    expect(new Set(labels)).toEqual(new Set(['en,ru,zh']));
    const disclaimers = await t.storage.db.selectFrom('disclaimers').selectAll().execute();
    expect(disclaimers).toHaveLength(1);
  });
});
