import { problem, problemTypes } from '@retainer/schema';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { storageKinds } from '../test-support/test-storage.ts';

describe('GET /healthz', () => {
  it('is 200 while the database answers and 503 problem+json once it does not', async () => {
    const t = await createTestApp('sqlite');
    const ok = await t.app.request('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', storage: 'sqlite' });
    await t.storage.close();
    const down = await t.app.request('/healthz');
    expect(down.status).toBe(503);
    expect((await down.json()).type).toBe(problemTypes.unavailable);
    await t.cleanup();
  });
});

describe.each(storageKinds)('/livez and /readyz on %s', (kind) => {
  it('/livez answers without the database; /readyz (and /healthz) need it', async () => {
    const t = await createTestApp(kind);
    expect((await t.app.request('/livez')).status).toBe(200);
    expect((await t.app.request('/readyz')).status).toBe(200);
    await t.storage.close();
    expect((await t.app.request('/livez')).status).toBe(200);
    for (const path of ['/readyz', '/healthz']) {
      const down = await t.app.request(path);
      expect(down.status).toBe(503);
      expect(problem.parse(await down.json())).toMatchObject({ detail: 'The database does not answer.' });
    }
    await t.cleanup();
  });

  it('/readyz is 503 until start-up (migrations, first-start seeding) is done', async () => {
    const t = await createTestApp(kind);
    let started = false;
    const app = createApp({ storage: t.storage, cipher: t.cipher, started: () => started });
    const starting = await app.request('/readyz');
    expect(starting.status).toBe(503);
    expect(problem.parse(await starting.json()).detail).toMatch(/migrations and first-start seeding/);
    expect((await app.request('/livez')).status).toBe(200);
    started = true;
    expect((await app.request('/readyz')).status).toBe(200);
    await t.cleanup();
  });
});

describe('/readyz and the SQLite writer thread', () => {
  it('is 503 once the writer thread died, and 200 again when a new one answers', async () => {
    const t = await createTestApp('sqlite');
    try {
      expect((await t.app.request('/readyz')).status).toBe(200);
      await t.storage.crashWriter();
      const down = await t.app.request('/readyz');
      expect(down.status).toBe(503);
      expect(problem.parse(await down.json()).detail).toBe('The SQLite writer thread is not running.');
      // The check restarts the thread; a later probe finds it answering.
      let status = 503;
      for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
        status = (await t.app.request('/readyz')).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe(200);
    } finally {
      await t.cleanup();
    }
  });
});
