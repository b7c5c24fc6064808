import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, keyCheckOf } from './field-cipher.ts';
import { createKeyring, indexKeyId, keyIdOf, tokenKeyId } from './keyring.ts';

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const oldKid = keyIdOf(keyCheckOf(oldKey));
const newKid = keyIdOf(keyCheckOf(newKey));
const at = { site: 'harbor-vale', id: 'submission-000000000001', field: 'name' };

describe('createKeyring', () => {
  it('writes exactly what the one-key cipher wrote while the original key is primary', () => {
    const ring = createKeyring([oldKey, newKey], { legacy: oldKid });
    const single = createFieldCipher(oldKey);
    const token = ring.encrypt('Ann Lee', at);
    expect(token).toMatch(/^v1\.[\w-]{16}\.[\w-]+$/);
    expect(single.decrypt(token, at)).toBe('Ann Lee');
    expect(ring.blindIndex('email', 'ann@example.com')).toBe(single.blindIndex('email', 'ann@example.com'));
    expect(ring.keyCheck).toBe(single.keyCheck);
  });

  it('after promotion writes v2 tokens naming the new key and still reads v1 tokens', () => {
    const ring = createKeyring([oldKey, newKey], { legacy: oldKid });
    const before = ring.encrypt('Анна Ли 李安娜', at);
    ring.usePrimary(newKid);
    const after = ring.encrypt('Анна Ли 李安娜', at);
    expect(after.startsWith(`v2.${newKid}.`)).toBe(true);
    expect(tokenKeyId(before, oldKid)).toBe(oldKid);
    expect(tokenKeyId(after, oldKid)).toBe(newKid);
    expect(ring.decrypt(before, at)).toBe('Анна Ли 李安娜');
    expect(ring.decrypt(after, at)).toBe('Анна Ли 李安娜');
    // The new key alone reads what it wrote, not what the old one did.
    const newOnly = createKeyring([newKey], { legacy: oldKid });
    expect(newOnly.decrypt(after, at)).toBe('Анна Ли 李安娜');
    expect(() => newOnly.decrypt(before, at)).toThrow();
    expect(() => ring.decrypt(after, { ...at, field: 'email' })).toThrow();
  });

  it('names the key of a blind index and computes it under every key for lookups', () => {
    const ring = createKeyring([oldKey, newKey], { legacy: oldKid, primary: newKid });
    const index = ring.blindIndex('email', 'ann@example.com');
    expect(index.startsWith(`${newKid}:`)).toBe(true);
    expect(indexKeyId(index, oldKid)).toBe(newKid);
    const legacyIndex = createFieldCipher(oldKey).blindIndex('email', 'ann@example.com');
    expect(indexKeyId(legacyIndex, oldKid)).toBe(oldKid);
    expect(ring.blindIndexes('email', 'ann@example.com')).toEqual([index, legacyIndex]);
  });

  it('refuses tokens of keys it does not hold and malformed ones', () => {
    const ring = createKeyring([newKey], { legacy: oldKid, primary: newKid });
    const stranger = createKeyring([randomBytes(32)]);
    expect(() => ring.decrypt(stranger.encrypt('x', at), at)).toThrow(/not loaded/);
    expect(() => ring.decrypt('v3.a.b.c', at)).toThrow('Unknown ciphertext format');
    expect(() => ring.decrypt('Ann Lee', at)).toThrow('Unknown ciphertext format');
    expect(() => createKeyring([])).toThrow();
    expect(() => createKeyring([randomBytes(16)])).toThrow('32 bytes');
  });
});
