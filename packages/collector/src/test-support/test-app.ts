/**
 * A collector app on real storage with the demo firm seeded, for `app.request(...)` tests.
 * The demo site allows `allowedOrigin`; `otherOrigin` is allowed nowhere.
 */
import { randomBytes } from 'node:crypto';
import { type CollectorApp, createApp } from '../app.ts';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher.ts';
import { seedDemoSite } from '../seed/demo-site.ts';
import { openTestStorage, type StorageKind, type TestStorage } from './test-storage.ts';

export const allowedOrigin = 'https://www.harborvale.example';
export const otherOrigin = 'https://evil.example';

export type TestApp = TestStorage & { app: CollectorApp; cipher: FieldCipher; commits: number[] };

export async function createTestApp(
  kind: StorageKind,
  options: { widgetsDir?: string; demoDir?: string } = {},
): Promise<TestApp> {
  const commits: number[] = [];
  const test = await openTestStorage(kind, { onCommit: (size) => commits.push(size) });
  await seedDemoSite(test.storage, { port: 8787, extraOrigins: [allowedOrigin] });
  const cipher = createFieldCipher(randomBytes(32));
  const app = createApp({ storage: test.storage, cipher, ...options });
  commits.length = 0;
  return { ...test, app, cipher, commits };
}
