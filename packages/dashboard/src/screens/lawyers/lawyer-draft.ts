/**
 * A lawyer profile as the form holds it (text as typed, list rows with stable keys) and the
 * conversions to and from the admin API's `lawyerInput`.
 *
 * @example
 *   const draft = draftFromLawyer(lawyer);
 *   const input = draftToInput({ ...draft, name: 'Eleanor Hart' }); // checked with lawyerInput
 */
import type { Language } from '@retainer/schema';
import type { AdminLawyer, LawyerStatus } from '@retainer/schema/admin';

export type OfficeRow = { key: number; id: string; name: string };
export type AdmissionRow = { key: number; jurisdiction: string; year: string };
export type EducationRow = { key: number; school: string; degree: string; year: string };
export type CertificationRow = { key: number; name: string; issuer: string; year: string };

export type LawyerDraft = {
  name: string;
  photoUrl: string;
  title: string;
  practiceAreas: string[];
  offices: OfficeRow[];
  /** Language codes as typed, comma-separated: `en, ru`. */
  languages: string;
  yearsInPractice: string;
  barAdmissions: AdmissionRow[];
  education: EducationRow[];
  certifications: CertificationRow[];
  bio: Record<Language, string>;
  email: string;
  phone: string;
  bookingUrl: string;
  status: LawyerStatus;
  lastVerified: string;
  /** Kept as they are: the form does not edit them, and a save replaces the whole profile. */
  kept: Pick<AdminLawyer, 'testimonials' | 'rating'>;
};

let nextKey = 1;
export const rowKey = () => nextKey++;

/** Today as `YYYY-MM-DD` in the user's own calendar, for "mark verified today". */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `Back Bay` → `back-bay`: an office id made from its name when staff add one. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function newLawyerDraft(): LawyerDraft {
  return {
    name: '',
    photoUrl: '',
    title: '',
    practiceAreas: [],
    offices: [],
    languages: '',
    yearsInPractice: '',
    barAdmissions: [],
    education: [],
    certifications: [],
    bio: { en: '', ru: '', zh: '' },
    email: '',
    phone: '',
    bookingUrl: '',
    status: 'active',
    lastVerified: today(),
    kept: {},
  };
}

const yearText = (year: number | undefined) => (year === undefined ? '' : String(year));

export function draftFromLawyer(lawyer: AdminLawyer): LawyerDraft {
  return {
    name: lawyer.name,
    photoUrl: lawyer.photoUrl ?? '',
    title: lawyer.title,
    practiceAreas: [...lawyer.practiceAreas],
    offices: lawyer.offices.map((o) => ({ key: rowKey(), ...o })),
    languages: lawyer.languages.join(', '),
    yearsInPractice: yearText(lawyer.yearsInPractice),
    barAdmissions: lawyer.barAdmissions.map((a) => ({
      key: rowKey(),
      jurisdiction: a.jurisdiction,
      year: yearText(a.year),
    })),
    education: lawyer.education.map((e) => ({
      key: rowKey(),
      school: e.school,
      degree: e.degree,
      year: yearText(e.year),
    })),
    certifications: lawyer.certifications.map((c) => ({
      key: rowKey(),
      name: c.name,
      issuer: c.issuer,
      year: yearText(c.year),
    })),
    bio: { en: lawyer.bio?.en ?? '', ru: lawyer.bio?.ru ?? '', zh: lawyer.bio?.zh ?? '' },
    email: lawyer.email ?? '',
    phone: lawyer.phone ?? '',
    bookingUrl: lawyer.bookingUrl ?? '',
    status: lawyer.status,
    lastVerified: lawyer.lastVerified,
    kept: { testimonials: lawyer.testimonials, rating: lawyer.rating },
  };
}

/** An empty optional answer is left out; anything typed is sent as typed, so the schema can say what is wrong. */
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
/** A number field: empty is "not given", anything else goes through as a number (or NaN, which the schema rejects). */
const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** The body for create/update. Not yet validated: parse it with `lawyerInput`. */
export function draftToInput(draft: LawyerDraft): Record<string, unknown> {
  const bio = Object.fromEntries(Object.entries(draft.bio).filter(([, text]) => text.trim() !== ''));
  const input: Record<string, unknown> = {
    name: draft.name.trim(),
    photoUrl: optional(draft.photoUrl),
    title: draft.title.trim(),
    practiceAreas: draft.practiceAreas,
    offices: draft.offices.map((o) => ({ id: o.id || slugify(o.name), name: o.name.trim() })),
    languages: draft.languages
      .split(/[\s,]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean),
    yearsInPractice: optionalNumber(draft.yearsInPractice),
    barAdmissions: draft.barAdmissions.map((a) => ({ jurisdiction: a.jurisdiction.trim(), year: Number(a.year) })),
    education: draft.education.map((e) => ({
      school: e.school.trim(),
      degree: e.degree.trim(),
      year: optionalNumber(e.year),
    })),
    certifications: draft.certifications.map((c) => ({
      name: c.name.trim(),
      issuer: c.issuer.trim(),
      year: optionalNumber(c.year),
    })),
    bio: Object.keys(bio).length > 0 ? bio : undefined,
    email: optional(draft.email),
    phone: optional(draft.phone),
    bookingUrl: optional(draft.bookingUrl),
    status: draft.status,
    lastVerified: draft.lastVerified.trim(),
    testimonials: draft.kept.testimonials,
    rating: draft.kept.rating,
  };
  // strictObject would accept explicit undefined, but JSON drops it anyway; dropping it here keeps tests readable.
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return input;
}
