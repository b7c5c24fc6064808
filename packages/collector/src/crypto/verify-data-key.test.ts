import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStorage, storageKinds, type TestStorage } from '../test-support/test-storage.ts';
import { createFieldCipher } from './field-cipher.ts';
import { verifyDataKey } from './verify-data-key.ts';

describe.each(storageKinds)('verifyDataKey on %s', (kind) => {
  let t: TestStorage;
  beforeAll(async () => {
    t = await openTestStorage(kind);
  });
  afterAll(() => t.cleanup());

  it('remembers the first key and refuses to start with another', async () => {
    const key = randomBytes(32);
    await verifyDataKey(t.storage, createFieldCipher(key));
    await verifyDataKey(t.storage, createFieldCipher(Buffer.from(key)));
    await expect(verifyDataKey(t.storage, createFieldCipher(randomBytes(32)))).rejects.toThrow(/does not match/);
  });
});
