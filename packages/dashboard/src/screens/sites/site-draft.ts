/**
 * The site settings form as people edit it (strings, one origin per line, a row per practice
 * area), and the conversion to and from the API's `SiteSettingsInput`. Empty optional fields
 * become absent, not empty strings, so the schema judges only what was filled in.
 *
 * @example
 *   const draft = draftFromSite(site);
 *   const input = draftToInput({ ...draft, name: 'Harbor & Vale' });
 */
import {
  defaultIntakeFields,
  type IntakeFieldName,
  intakeFieldNames,
  type Language,
  questionSetIssues,
} from '@retainer/schema';
import {
  type AdminSite,
  type BusinessHours,
  defaultBusinessHours,
  type SiteSettingsInput,
} from '@retainer/schema/admin';
import { type QuestionRow, questionRows, questionsFromRows } from './site-questions-draft.ts';

export type AreaRow = { key: number; id: string; en: string; ru: string; zh: string };
export type FieldToggle = { shown: boolean; required: boolean };
export type TargetUnit = SiteSettingsInput['responseTarget']['unit'];

export type SiteDraft = {
  id: string;
  name: string;
  /** Empty: the collector uses the firm's name (issue 14). */
  publicName: string;
  origins: string;
  hours: BusinessHours;
  targetAmount: string;
  targetUnit: TargetUnit;
  areas: AreaRow[];
  fields: Record<IntakeFieldName, FieldToggle>;
  /** The firm's own questions, in form order (issue 17). */
  questions: QuestionRow[];
  disclaimer: { en: string; ru: string; zh: string };
  accent: string;
  defaultLanguage: Language;
  phone: string;
  email: string;
  contactPage: string;
  contactHours: { en: string; ru: string; zh: string };
  privacyUrl: string;
};

/** A starting point the firm edits: the four things a prospective client must understand. */
export const defaultDisclaimer =
  'Sending this form does not create an attorney–client relationship, and nothing we send before you hire us is legal advice. ' +
  'We keep what you tell us confidential, but please do not include confidential details until we have confirmed we can act for you. ' +
  'We may already act for another party in this matter; we check for conflicts before we reply.';

let nextKey = 1;
export const areaRow = (id = '', label: Partial<Record<Language, string>> = {}): AreaRow => ({
  key: nextKey++,
  id,
  en: label.en ?? '',
  ru: label.ru ?? '',
  zh: label.zh ?? '',
});

function fieldToggles(config: SiteSettingsInput['intakeFields']): SiteDraft['fields'] {
  const toggles = {} as SiteDraft['fields'];
  for (const name of intakeFieldNames) {
    const found = config.find((f) => f.name === name);
    toggles[name] = { shown: Boolean(found), required: found?.required ?? false };
  }
  return toggles;
}

export function newSiteDraft(timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): SiteDraft {
  return {
    id: '',
    name: '',
    publicName: '',
    origins: '',
    hours: { ...defaultBusinessHours, timeZone: timeZone || defaultBusinessHours.timeZone },
    targetAmount: '1',
    targetUnit: 'businessDay',
    areas: [],
    fields: fieldToggles(defaultIntakeFields),
    questions: [],
    disclaimer: { en: defaultDisclaimer, ru: '', zh: '' },
    accent: '#1f4e79',
    defaultLanguage: 'en',
    phone: '',
    email: '',
    contactPage: '',
    contactHours: { en: '', ru: '', zh: '' },
    privacyUrl: '',
  };
}

export function draftFromSite(site: AdminSite): SiteDraft {
  return {
    id: site.id,
    name: site.name,
    publicName: site.publicName,
    origins: site.allowedOrigins.join('\n'),
    hours: { ...site.businessHours, days: [...site.businessHours.days] },
    targetAmount: String(site.responseTarget.amount),
    targetUnit: site.responseTarget.unit,
    areas: site.practiceAreas.map((area) => areaRow(area.id, area.label)),
    fields: fieldToggles(site.intakeFields),
    questions: questionRows(site.intakeQuestions ?? []),
    disclaimer: { en: site.disclaimerText.en, ru: site.disclaimerText.ru ?? '', zh: site.disclaimerText.zh ?? '' },
    accent: site.accent,
    defaultLanguage: site.defaultLanguage,
    phone: site.contact.phone ?? '',
    email: site.contact.email ?? '',
    contactPage: site.contact.contactPage ?? '',
    contactHours: {
      en: site.contact.hours?.en ?? '',
      ru: site.contact.hours?.ru ?? '',
      zh: site.contact.hours?.zh ?? '',
    },
    privacyUrl: site.privacyUrl ?? '',
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

function localized(text: { en: string; ru: string; zh: string }) {
  const result: { en: string; ru?: string; zh?: string } = { en: text.en.trim() };
  if (optional(text.ru)) result.ru = text.ru.trim();
  if (optional(text.zh)) result.zh = text.zh.trim();
  return result;
}

/** The API input, not yet validated: the schema check decides, so its codes reach the form. */
export function draftToInput(draft: SiteDraft): SiteSettingsInput {
  const hours = Object.values(draft.contactHours).some((v) => v.trim()) ? localized(draft.contactHours) : undefined;
  const contact: SiteSettingsInput['contact'] = {};
  if (optional(draft.phone)) contact.phone = optional(draft.phone);
  if (optional(draft.email)) contact.email = optional(draft.email);
  if (optional(draft.contactPage)) contact.contactPage = optional(draft.contactPage);
  if (hours) contact.hours = hours;
  const input: SiteSettingsInput = {
    name: draft.name.trim(),
    allowedOrigins: draft.origins
      .split(/[\s,]+/)
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    businessHours: { ...draft.hours, days: [...draft.hours.days].sort((a, b) => a - b) },
    responseTarget: { amount: Number(draft.targetAmount), unit: draft.targetUnit },
    practiceAreas: draft.areas.map((row) => ({ id: row.id.trim(), label: localized(row) })),
    intakeFields: intakeFieldNames
      .filter((name) => draft.fields[name].shown)
      .map((name) => ({ name, required: draft.fields[name].required })),
    intakeQuestions: questionsFromRows(draft.questions),
    disclaimerText: localized(draft.disclaimer),
    accent: draft.accent.trim(),
    defaultLanguage: draft.defaultLanguage,
    contact,
  };
  if (optional(draft.privacyUrl)) input.privacyUrl = optional(draft.privacyUrl);
  if (optional(draft.publicName)) input.publicName = optional(draft.publicName);
  return input;
}

/**
 * Rules the schema cannot see: opening before closing, practice area ids used once, and a shown practice-area
 * question needs at least one area to choose (issue 14, defect 9; the collector refuses it too).
 */
export function draftIssues(draft: SiteDraft): { path: string; code: string }[] {
  const issues: { path: string; code: string }[] = [];
  if (draft.fields.practiceArea.shown && draft.areas.length === 0) {
    issues.push({ path: 'practiceAreas', code: 'areas_needed' });
  }
  if (draft.hours.days.length > 0 && draft.hours.end <= draft.hours.start) {
    issues.push({ path: 'businessHours.end', code: 'end_before_start' });
  }
  const seen = new Set<string>();
  draft.areas.forEach((row, index) => {
    const id = row.id.trim();
    if (id && seen.has(id)) issues.push({ path: `practiceAreas.${index}.id`, code: 'duplicate' });
    seen.add(id);
  });
  const areas = draft.areas.map((row) => ({ id: row.id.trim() }));
  for (const issue of questionSetIssues(questionsFromRows(draft.questions), areas)) {
    issues.push({ path: `intakeQuestions.${issue.path}`, code: issue.code });
  }
  return issues;
}

/** Whether saving would make a new disclaimer version. */
export function disclaimerChanged(draft: SiteDraft, site: AdminSite | null): boolean {
  if (!site) return true;
  const next = localized(draft.disclaimer);
  const current = site.disclaimerText;
  return next.en !== current.en || (next.ru ?? '') !== (current.ru ?? '') || (next.zh ?? '') !== (current.zh ?? '');
}
