/**
 * Issue 18: the intake widget checks a submission with `checkShape(intakeShape)` — data generated from the zod
 * schema — instead of shipping zod. On the hardening property test's inputs (valid intakes, and the same broken in
 * one place with hostile values) it must find exactly the issues zod finds, and give the same parsed value.
 */
import { checkShape, intakeFieldNames, intakeShape, intakeSubmission, issuesToErrors } from '@retainer/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, brokenBody, hostileValue, typedText, validIntake } from './arbitraries.ts';

const runs = Number(process.env.RETAINER_FUZZ_RUNS ?? 40) * 25;
/** What a visitor may type: padded, near each limit, email-, phone- and date-like, or anything. */
const typed = fc.oneof(
  typedText(40),
  anyText(40),
  typedText(20).map((text) => `  ${text}\t`),
  fc.constantFrom('', ' ', 'ann@example.com', ' ann@example.com ', 'ann@', '+1 (617) 555-0142', '12', '2026-02-30'),
  fc.constantFrom(
    '2026-12-07',
    '2026-13-01',
    'a'.repeat(200),
    'a'.repeat(201),
    ` ${'b'.repeat(200)} `,
    'x'.repeat(5001),
  ),
);
/** The text fields (the party lists are arrays, typed below through `validIntake`). */
const fieldNames = intakeFieldNames.filter((name) => !name.endsWith('Parties'));
/** Valid intakes with the visitor's fields and answers to the firm's questions (issue 17) replaced by typed text. */
const typedIntake = fc
  .tuple(
    validIntake('harbor-vale'),
    fc.dictionary(fc.constantFrom(...fieldNames), typed, { maxKeys: 9 }),
    fc.oneof(
      fc.dictionary(fc.oneof(fc.stringMatching(/^q-[a-z0-9]{1,6}$/), fc.constantFrom('q-', 'Q-1', 'name')), typed, {
        maxKeys: 34,
      }),
      // Around the most answers a submission may carry (30).
      fc
        .uniqueArray(fc.stringMatching(/^q-[a-z0-9]{1,6}$/), { minLength: 27, maxLength: 33 })
        .map((ids) => Object.fromEntries(ids.map((id) => [id, 'yes']))),
    ),
    fc.array(typed, { maxLength: 22 }),
  )
  .map(([body, fields, answers, parties]) => ({
    ...body,
    fields: { ...body.fields, ...fields, relatedParties: parties },
    answers,
  }));

const sorted = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path} ${i.code}`).sort();

function expectAgreement(body: unknown) {
  const zod = intakeSubmission.safeParse(body);
  const shape = checkShape(intakeShape, body);
  expect(sorted(shape.issues)).toEqual(sorted(zod.success ? [] : issuesToErrors(zod.error.issues)));
  if (zod.success) expect(shape.value).toEqual(zod.data);
}

describe('the intake check generated from the schema agrees with zod', () => {
  it('on valid intakes', () => {
    fc.assert(fc.property(validIntake('harbor-vale'), expectAgreement), { numRuns: runs });
  });

  it('on intakes broken in one place', () => {
    fc.assert(fc.property(brokenBody(validIntake('harbor-vale')), expectAgreement), { numRuns: runs });
  });

  it("on what visitors type, answers to the firm's questions included", () => {
    fc.assert(fc.property(typedIntake, expectAgreement), { numRuns: runs });
    fc.assert(fc.property(brokenBody(typedIntake), expectAgreement), { numRuns: runs });
  });

  it('on hostile values instead of a whole body', () => {
    fc.assert(fc.property(hostileValue, expectAgreement), { numRuns: runs });
  });
});
