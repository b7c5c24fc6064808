/**
 * Issue 14, defect 13: a rate-limited visitor on the firm's site (another origin) must be able to read the 429
 * and its Retry-After, so the intake form can say at once when to try again instead of retrying silently.
 */
import { problem } from '@retainer/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { intakeBody, post } from '../test-support/requests.ts';
import { allowedOrigin, createTestApp, type TestApp } from '../test-support/test-app.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const minute = 60_000;

describe.each(storageKinds)('a rate-limited intake on %s', (kind) => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it('answers 429 readable from the allowed origin, Retry-After exposed to the widget', async () => {
    test = await createTestApp(kind, {
      publicLimits: {
        intake: { perAddress: { max: 1, windowMs: 10 * minute }, perSite: { max: 100, windowMs: minute } },
        events: { perAddress: { max: 100, windowMs: minute }, overall: { max: 100, windowMs: minute } },
        faq: { visitor: { max: 100, windowMs: minute }, address: { max: 100, windowMs: minute } },
      },
    });
    const send = () => test!.app.request('/v1/intake', post(intakeBody(), { origin: allowedOrigin }));
    expect((await send()).status).toBe(201);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after');
    expect(problem.safeParse(await limited.json()).success).toBe(true);
  });
});
