/**
 * Site form paths (`practiceAreas.0.label.en`) → the id of the control that edits them and the
 * words that name them, for the error summary's links.
 */
import type { Messages } from '../../i18n/i18n.ts';
import { languageNames } from '../../i18n/language-names.ts';

/** Errors on list items point at the control that holds the whole list. */
export function controlPath(path: string): string {
  if (path.startsWith('allowedOrigins')) return 'allowedOrigins';
  if (path.startsWith('intakeFields')) return 'intakeFields';
  if (path.startsWith('businessHours.days')) return 'businessHours.days';
  return path;
}

/** The first error that belongs to the control editing `path` (an origin list collects its lines' errors). */
export function errorAt(errors: Record<string, string>, path: string): { path: string; code: string } | undefined {
  if (errors[path]) return { path, code: errors[path] };
  const key = Object.keys(errors).find((k) => controlPath(k) === path);
  return key ? { path: key, code: errors[key] as string } : undefined;
}

export function controlId(path: string): string {
  return `site-${controlPath(path).replace(/\./g, '-')}`;
}

type LangKey = keyof typeof languageNames;

export function labelForPath(path: string, t: Messages): string {
  const s = t.sites;
  const lang = (key: string | undefined) => languageNames[(key ?? 'en') as LangKey] ?? key ?? '';
  const parts = path.split('.');
  const area = path.match(/^practiceAreas\.(\d+)\.(id|label)(?:\.(\w+))?/);
  if (area) {
    const row = Number(area[1]) + 1;
    return `${s.areaLegend(row)}: ${area[2] === 'id' ? s.areaId : s.areaLabel(lang(area[3]))}`;
  }
  const question = path.match(/^intakeQuestions\.(\d+)(?:\.options\.(\d+))?\.?(.*)$/);
  if (question) {
    const q = t.questions;
    const where = `${q.legend(Number(question[1]) + 1)}${question[2] ? `, ${q.optionLegend(Number(question[2]) + 1)}` : ''}`;
    const rest = question[3] ?? '';
    const what = rest.startsWith('label.')
      ? (question[2] ? q.optionLabel : q.label)(lang(rest.split('.')[1]))
      : rest === 'options'
        ? q.options
        : rest.startsWith('showWhen.practiceAreas')
          ? q.areasLegend
          : rest.startsWith('showWhen.answer')
            ? q.answerField
            : rest === 'kind'
              ? q.kind
              : '';
    return what ? `${where}: ${what}` : where;
  }
  const labels: Record<string, string> = {
    id: s.id,
    name: s.name,
    publicName: s.publicName,
    practiceAreas: s.sections.practiceAreas,
    allowedOrigins: s.originsLabel,
    'businessHours.timeZone': s.timeZone,
    'businessHours.days': s.days,
    'businessHours.start': s.start,
    'businessHours.end': s.end,
    'responseTarget.amount': s.target,
    'responseTarget.unit': s.targetUnit,
    intakeFields: s.sections.intakeFields,
    accent: s.accent,
    defaultLanguage: s.defaultLanguage,
    'contact.phone': s.phone,
    'contact.email': s.contactEmail,
    'contact.contactPage': s.contactPage,
    privacyUrl: s.privacyUrl,
  };
  const direct = labels[controlPath(path)];
  if (direct) return direct;
  if (parts[0] === 'disclaimerText') return s.disclaimerText(lang(parts[1]));
  if (parts[0] === 'contact' && parts[1] === 'hours') return s.hours(lang(parts[2]));
  return path;
}
