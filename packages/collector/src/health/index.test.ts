import { problemTypes } from '@retainer/schema';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-support/test-app.ts';

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
