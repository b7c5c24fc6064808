import { describe, expect, it } from 'vitest';
import { lawyerInput } from './admin/index.ts';
import { issuesToErrors, publicDirectory, publicLawyer } from './index.ts';

const profile = {
  name: 'Eleanor Hart',
  title: 'Managing Partner',
  practiceAreas: ['family'],
  offices: [{ id: 'boston', name: 'Boston' }],
  languages: ['en', 'ru'],
  barAdmissions: [{ jurisdiction: 'Massachusetts', year: 2004 }],
  education: [{ school: 'Boston University School of Law', degree: 'J.D.' }],
  certifications: [{ name: 'Certified Mediator', issuer: 'Mediation Council' }],
  lastVerified: '2026-10-01',
};

const errorsOf = (input: unknown) => {
  const result = lawyerInput.safeParse(input);
  return result.success ? [] : issuesToErrors(result.error.issues);
};

describe('lawyer schemas', () => {
  it('accepts a full profile, with a collector photo path or a web URL', () => {
    expect(errorsOf({ ...profile, status: 'active', photoUrl: '/v1/photos/abcdefghijklmnop' })).toEqual([]);
    expect(errorsOf({ ...profile, status: 'departed', photoUrl: 'https://firm.example/hart.jpg' })).toEqual([]);
  });

  it('rejects script URLs, impossible dates and unknown statuses with translatable codes', () => {
    expect(
      errorsOf({
        ...profile,
        status: 'retired',
        photoUrl: '/demo/../secret',
        bookingUrl: 'javascript:alert(1)',
        lastVerified: '2026-02-30',
        languages: ['English'],
      }),
    ).toEqual(
      expect.arrayContaining([
        { path: 'photoUrl', code: 'invalid_union' },
        { path: 'bookingUrl', code: 'invalid_url' },
        { path: 'lastVerified', code: 'invalid_date' },
        { path: 'languages.0', code: 'invalid_language' },
        { path: 'status', code: 'invalid_value' },
      ]),
    );
  });

  it('keeps status and order out of the public shape', () => {
    expect(publicLawyer.safeParse({ ...profile, id: 'l-1' }).success).toBe(true);
    expect(publicLawyer.safeParse({ ...profile, id: 'l-1', status: 'active' }).success).toBe(false);
    const doc = {
      site: 'harbor-vale',
      lawyers: [{ ...profile, id: 'l-1' }],
      offices: [{ id: 'boston', name: 'Boston' }],
      showRatings: false,
      showTestimonials: false,
      firm: { name: 'Harbor & Vale LLP' },
    };
    expect(publicDirectory.safeParse(doc).success).toBe(true);
  });
});
