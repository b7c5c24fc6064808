/**
 * Lawyer form paths (`barAdmissions.0.year`) → the id of the control that edits them and the words
 * that name them, so client and collector errors land on the same field and in the error summary.
 */
import type { Language } from '@retainer/schema';
import type { Messages } from '../../i18n/i18n.ts';
import { languageNames } from '../../i18n/language-names.ts';

/** Errors on list items point at the control that holds the whole list; an office id is made from its name. */
export function controlPath(path: string): string {
  if (path.startsWith('practiceAreas')) return 'practiceAreas';
  if (path.startsWith('languages')) return 'languages';
  const office = path.match(/^offices\.(\d+)(?:\.\w+)?$/);
  if (office) return `offices.${office[1]}.name`;
  return path;
}

export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((k) => controlPath(k) === path);
  return key ? errors[key] : undefined;
}

export function controlId(path: string): string {
  return `lawyer-${controlPath(path).replace(/\./g, '-')}`;
}

export function labelForPath(path: string, t: Messages): string {
  const l = t.lawyers;
  const row = path.match(/^(offices|barAdmissions|education|certifications)\.(\d+)\.(\w+)$/);
  if (row) {
    const n = Number(row[2]) + 1;
    const legend = {
      offices: l.officeLegend,
      barAdmissions: l.admissionLegend,
      education: l.educationLegend,
      certifications: l.certificationLegend,
    }[row[1] as 'offices' | 'barAdmissions' | 'education' | 'certifications'](n);
    const field: Record<string, string> = {
      id: l.officeName,
      jurisdiction: l.jurisdiction,
      year: l.year,
      school: l.school,
      degree: l.degree,
      issuer: l.issuer,
      name: row[1] === 'certifications' ? l.certificationName : l.officeName,
    };
    return `${legend}: ${field[row[3] ?? ''] ?? row[3]}`;
  }
  const bio = path.match(/^bio\.(\w+)$/);
  if (bio) return l.bio(languageNames[bio[1] as Language] ?? bio[1] ?? '');
  const labels: Record<string, string> = {
    name: l.name,
    photoUrl: l.photoUrl,
    title: l.titleField,
    practiceAreas: l.practiceAreas,
    languages: l.languages,
    yearsInPractice: l.yearsInPractice,
    email: l.email,
    phone: l.phone,
    bookingUrl: l.bookingUrl,
    status: l.statusLabel,
    lastVerified: l.lastVerified,
  };
  return labels[controlPath(path)] ?? path;
}
