import { lawyerInput } from '@retainer/schema/admin';
import { describe, expect, it } from 'vitest';
import { draftFromLawyer, draftToInput, newLawyerDraft, rowKey, slugify, today } from './lawyer-draft.ts';

describe('lawyer draft', () => {
  it('turns what staff typed into a valid lawyerInput, leaving empty optional answers out', () => {
    const draft = {
      ...newLawyerDraft(),
      name: '  Irina Volkova ',
      title: 'Senior Associate',
      languages: 'EN, ru  zh',
      yearsInPractice: '8',
      offices: [{ key: rowKey(), id: '', name: 'Back Bay' }],
      barAdmissions: [{ key: rowKey(), jurisdiction: 'Massachusetts', year: '2018' }],
      education: [{ key: rowKey(), school: 'Boston College Law School', degree: 'J.D.', year: '' }],
      bio: { en: 'Family and immigration.', ru: '', zh: '' },
      lastVerified: '2026-10-01',
    };
    const input = draftToInput(draft);
    expect(input).toEqual({
      name: 'Irina Volkova',
      title: 'Senior Associate',
      practiceAreas: [],
      offices: [{ id: 'back-bay', name: 'Back Bay' }],
      languages: ['en', 'ru', 'zh'],
      yearsInPractice: 8,
      barAdmissions: [{ jurisdiction: 'Massachusetts', year: 2018 }],
      education: [{ school: 'Boston College Law School', degree: 'J.D.' }],
      certifications: [],
      bio: { en: 'Family and immigration.' },
      status: 'active',
      lastVerified: '2026-10-01',
    });
    expect(lawyerInput.safeParse(input).success).toBe(true);
  });

  it('sends a non-number as typed so the schema names the field', () => {
    const draft = { ...newLawyerDraft(), name: 'A', title: 'B', yearsInPractice: 'ten' };
    const result = lawyerInput.safeParse(draftToInput(draft));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['yearsInPractice']);
  });

  it('round-trips a stored profile, keeping what the form does not edit', () => {
    const stored = {
      id: 'l-1',
      site: 'harbor-vale',
      name: 'Eleanor Hart',
      title: 'Managing Partner',
      practiceAreas: ['family'],
      offices: [{ id: 'boston', name: 'Boston' }],
      languages: ['en'],
      barAdmissions: [{ jurisdiction: 'Massachusetts', year: 2004 }],
      education: [],
      certifications: [{ name: 'Mediator', issuer: 'MCFM', year: 2010 }],
      lastVerified: '2026-10-01',
      testimonials: [{ quote: 'Calm.', attribution: 'A client' }],
      rating: { value: 4.9, count: 41 },
      status: 'active' as const,
      order: 0,
      createdAt: 1,
      updatedAt: 2,
    };
    const { id, site, order, createdAt, updatedAt, ...profile } = stored;
    expect(draftToInput(draftFromLawyer(stored))).toEqual(profile);
  });

  it('makes office ids and today’s date', () => {
    expect(slugify('Cambridge — 12 Vale Ave')).toBe('cambridge-12-vale-ave');
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
