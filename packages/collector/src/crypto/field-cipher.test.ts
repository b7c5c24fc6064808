import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from './field-cipher.ts';

const key = randomBytes(32);
const at = { site: 'harbor-vale', id: 'submission-000000000001', field: 'name' };

describe('createFieldCipher', () => {
  it('round-trips text in a versioned token that hides the plaintext', () => {
    const cipher = createFieldCipher(key);
    const token = cipher.encrypt('Анна Ли 李安娜', at);
    expect(token).toMatch(/^v1\.[\w-]{16}\.[\w-]+$/);
    expect(token).not.toContain('Анна');
    expect(cipher.decrypt(token, at)).toBe('Анна Ли 李安娜');
    // A fresh IV each time: equal plaintexts do not give equal tokens.
    expect(cipher.encrypt('Анна Ли 李安娜', at)).not.toBe(token);
  });

  it('refuses a token moved to another row, field or site', () => {
    const cipher = createFieldCipher(key);
    const token = cipher.encrypt('Ann Lee', at);
    expect(() => cipher.decrypt(token, { ...at, id: 'submission-000000000002' })).toThrow();
    expect(() => cipher.decrypt(token, { ...at, field: 'email' })).toThrow();
    expect(() => cipher.decrypt(token, { ...at, site: 'other-firm' })).toThrow();
  });

  it('refuses a tampered token, another key, and unknown formats', () => {
    const cipher = createFieldCipher(key);
    const token = cipher.encrypt('Ann Lee', at);
    const [v, iv, body] = token.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => cipher.decrypt(`${v}.${iv}.${flipped.toString('base64url')}`, at)).toThrow();
    expect(() => createFieldCipher(randomBytes(32)).decrypt(token, at)).toThrow();
    expect(() => cipher.decrypt(`v2.${iv}.${body}`, at)).toThrow('Unknown ciphertext format');
    expect(() => cipher.decrypt('Ann Lee', at)).toThrow('Unknown ciphertext format');
  });

  it('insists on a 256-bit key and fingerprints it without revealing it', () => {
    expect(() => createFieldCipher(randomBytes(16))).toThrow('32 bytes');
    const a = createFieldCipher(key);
    expect(a.keyCheck).toBe(createFieldCipher(Buffer.from(key)).keyCheck);
    expect(a.keyCheck).not.toBe(createFieldCipher(randomBytes(32)).keyCheck);
    expect(a.keyCheck).not.toContain(key.toString('base64url'));
  });
});
