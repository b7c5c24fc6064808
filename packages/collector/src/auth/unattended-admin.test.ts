import { describe, expect, it } from 'vitest';
import { unattendedAdmin } from './unattended-admin.ts';

describe('unattendedAdmin', () => {
  it('is undefined when not configured', () => {
    expect(unattendedAdmin({})).toBeUndefined();
  });

  it('reads and normalises the variables', () => {
    expect(
      unattendedAdmin({
        RETAINER_ADMIN_EMAIL: ' Ann@Example.com',
        RETAINER_ADMIN_PASSWORD: 'correct horse battery',
        RETAINER_FIRM_NAME: 'Harbor & Vale LLP',
      }),
    ).toEqual({
      email: 'ann@example.com',
      password: 'correct horse battery',
      firmName: 'Harbor & Vale LLP',
      name: 'Ann',
    });
  });

  it('refuses half a configuration or a short password', () => {
    expect(() => unattendedAdmin({ RETAINER_ADMIN_EMAIL: 'a@b.co' })).toThrow(/both/);
    expect(() => unattendedAdmin({ RETAINER_ADMIN_EMAIL: 'a@b.co', RETAINER_ADMIN_PASSWORD: 'short' })).toThrow(/12/);
  });
});
