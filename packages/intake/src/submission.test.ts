import type { IntakeSubmission } from '@retainer/schema';
import { describe, expect, it } from 'vitest';
import { collectAnswers, emptyDraft, sameAnswers } from './submission.ts';

describe('submission', () => {
  it('keeps trimmed answers of shown fields and drops empty ones and blank names', () => {
    const draft = {
      ...emptyDraft(),
      name: '  Ann Lee ',
      phone: '   ',
      adverseParties: [' Acme ', '', '  '],
      referral: 'radio',
    };
    expect(collectAnswers(draft, ['name', 'phone', 'adverseParties'])).toEqual({
      name: 'Ann Lee',
      adverseParties: ['Acme'],
    });
  });

  it('treats a retry with the same answers as the same submission, whatever its id and fill time', () => {
    const pending: IntakeSubmission = {
      id: 'abcdefghijklmnop1234',
      site: 'harbor-vale',
      fields: { name: 'Ann' },
      disclaimer: { version: 1, accepted: true },
      fillMs: 4200,
    };
    const { id: _id, fillMs: _fillMs, ...body } = pending;
    expect(sameAnswers(pending, body)).toBe(true);
    expect(sameAnswers(pending, { ...body, fields: { name: 'Anne' } })).toBe(false);
  });
});
