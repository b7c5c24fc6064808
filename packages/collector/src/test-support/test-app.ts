/**
 * A collector app on real storage with the demo firm seeded, for `app.request(...)` tests.
 * The demo site allows `allowedOrigin`; `otherOrigin` is allowed nowhere.
 */
import { randomBytes } from 'node:crypto';
import type { AdminOptions } from '../admin-api/index.ts';
import { type CollectorApp, createApp } from '../app.ts';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher.ts';
import { type PublicLimits, unlimited } from '../rate-limit/public-limits.ts';
import { seedDemoSite } from '../seed/demo-site.ts';
import { checkAnswers } from './contract.ts';
import { openTestStorage, type StorageKind, type TestStorage } from './test-storage.ts';

export const allowedOrigin = 'https://www.harborvale.example';
export const otherOrigin = 'https://evil.example';

/** Tests send many requests from one (unknown) address; the limits themselves are tested with their own. */
export const relaxedLimits: PublicLimits = unlimited;

export type TestApp = TestStorage & { app: CollectorApp; cipher: FieldCipher; commits: number[] };

export async function createTestApp(
  kind: StorageKind,
  options: { widgetsDir?: string; demoDir?: string; publicLimits?: PublicLimits; admin?: AdminOptions } = {},
): Promise<TestApp> {
  const commits: number[] = [];
  const test = await openTestStorage(kind, { onCommit: (size) => commits.push(size) });
  await seedDemoSite(test.storage, { port: 8787, extraOrigins: [allowedOrigin] });
  const cipher = createFieldCipher(randomBytes(32));
  // Every answer is parsed with its reader's schema (issue 14).
  const app = checkAnswers(createApp({ storage: test.storage, cipher, publicLimits: relaxedLimits, ...options }));
  commits.length = 0;
  return { ...test, app, cipher, commits };
}
