import { describe, expect, it } from 'vitest';
import { inFormOrder, toFieldErrors } from './field-errors.ts';

describe('field errors', () => {
  it('keys server and client issues by the input they belong to, first issue per field', () => {
    expect(
      toFieldErrors([
        { path: 'fields.email', code: 'invalid_email' },
        { path: 'fields.email', code: 'too_long' },
        { path: 'name', code: 'required' },
        { path: 'fields.adverseParties.2', code: 'too_long' },
        { path: 'disclaimer.accepted', code: 'invalid_value' },
        { path: 'fillMs', code: 'too_small' },
        { path: 'website', code: 'too_long' },
      ]),
    ).toEqual({
      email: 'invalid_email',
      name: 'required',
      'adverseParties.2': 'too_long',
      disclaimer: 'invalid_value',
    });
  });

  it('orders them as the form shows its fields, the disclaimer last', () => {
    const ordered = inFormOrder({ disclaimer: 'required', description: 'required', email: 'x', name: 'required' }, [
      'name',
      'email',
      'description',
    ]);
    expect(Object.keys(ordered)).toEqual(['name', 'email', 'description', 'disclaimer']);
  });
});
