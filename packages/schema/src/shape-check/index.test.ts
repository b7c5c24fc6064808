import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { intakeSubmission } from '../intake.ts';
import { issuesToErrors } from '../problem.ts';
import { checkShape } from './check-shape.ts';
import { describeShape } from './describe-shape.ts';
import { intakeShape } from './intake-shape.ts';
import { describeIntakeShape } from './intake-shape-source.ts';

describe('the intake shape (issue 18)', () => {
  it('is what the schema generates today (else run write-intake-shape.ts)', () => {
    expect(intakeShape).toEqual(describeIntakeShape());
  });

  it('checks what the intake widget sends: trimmed values, codes and paths as zod gives them', () => {
    const body = {
      id: 'abcdefghijklmnop1234',
      site: 'harbor-vale',
      fields: { name: '  Ann Lee ', email: 'ann@', adverseParties: Array.from({ length: 21 }, () => 'Bob') },
      answers: { 'q-visa': 'x'.repeat(5001), Name: 'x' },
      disclaimer: { version: 1, accepted: true },
      fillMs: 1.5,
      extra: 1,
    };
    const expected = [
      { path: 'fields.email', code: 'invalid_email' },
      { path: 'fields.adverseParties', code: 'too_many' },
      { path: 'answers.q-visa', code: 'too_long' },
      { path: 'answers.Name', code: 'invalid_key' },
      { path: 'fillMs', code: 'invalid_type' },
      { path: '', code: 'unrecognized_keys' },
    ];
    expect(checkShape(intakeShape, body).issues).toEqual(expected);
    expect(issuesToErrors(intakeSubmission.safeParse(body).error?.issues ?? [])).toEqual(expected);
    const valid = { ...body, fields: { name: '  Ann Lee ' }, answers: {}, fillMs: 2 };
    delete (valid as Partial<typeof body>).extra;
    const trimmed = { ...valid, fields: { name: 'Ann Lee' } };
    expect(checkShape(intakeShape, valid)).toEqual({ issues: [], value: trimmed });
    expect(intakeSubmission.parse(valid)).toEqual(trimmed);
  });

  it("counts a length that is not a number as zod does (CI's property test found `{ length: {} }`)", () => {
    const body = {
      id: 'abcdefghijklmnop1234',
      site: 'harbor-vale',
      fields: { adverseParties: { length: {} }, relatedParties: { length: 3 }, name: { length: 'x' } },
      disclaimer: { version: 1, accepted: true },
      fillMs: 2,
    };
    const zodIssues = issuesToErrors(intakeSubmission.safeParse(body).error?.issues ?? []);
    expect(zodIssues).toContainEqual({ path: 'fields.adverseParties', code: 'too_many' });
    expect(checkShape(intakeShape, body).issues).toEqual(zodIssues);
  });
});

describe('describeShape', () => {
  it('refuses what the browser check does not know, rather than passing it unchecked', () => {
    expect(() => describeShape(z.object({ a: z.string() }))).toThrow(/strict objects only/);
    expect(() => describeShape(z.string().check(z.refine((s) => s !== 'x')))).toThrow(/refinement/);
    expect(() => describeShape(z.string().check(z.overwrite((s) => s.toUpperCase())))).toThrow(/not trim/);
    expect(() => describeShape(z.string().check(z.maxLength(3, 'Too long!')))).toThrow(/not a code/);
    expect(() => describeShape(z.date())).toThrow(/zod type date/);
  });
});
