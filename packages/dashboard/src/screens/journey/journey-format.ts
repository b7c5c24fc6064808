/** Numbers of the journey map in the dashboard's language. */
import { isJourneyEventName, type Language } from '@retainer/schema';
import { type JourneyLawyer, otherLawyer } from '@retainer/schema/admin';
import type { Messages } from '../../i18n/messages/en.ts';

const locales: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' };

export const formatCount = (n: number, lang: Language) => new Intl.NumberFormat(locales[lang]).format(n);

export const formatShare = (share: number | null, lang: Language) =>
  share === null
    ? '–'
    : new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(
        share,
      );

/** Minutes under an hour, hours under two days, then days. */
export function formatGap(ms: number | null, t: Messages['journey']): string {
  if (ms === null) return '–';
  const minutes = ms / 60_000;
  if (minutes < 60) return t.duration.minutes(Math.max(0, Math.round(minutes)));
  const hours = minutes / 60;
  if (hours < 48) return t.duration.hours(Math.round(hours * 10) / 10);
  return t.duration.days(Math.round(hours / 2.4) / 10);
}

export function formatSatisfaction(value: number | null, measure: 'nps' | 'csat' | 'ces', lang: Language): string {
  if (value === null) return '–';
  if (measure === 'csat') return formatShare(value / 100, lang);
  const digits = measure === 'ces' ? 1 : 0;
  const text = new Intl.NumberFormat(locales[lang], {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
  return measure === 'nps' && value > 0 ? `+${text}` : text;
}

/** A touchpoint (event name) as people say it (issue 14); a name outside the catalogue shows as sent. */
export function touchpointLabel(type: string, t: Messages): string {
  return isJourneyEventName(type) ? t.journey.touchpointNames[type] : type;
}

/** A lawyer filter value: the lawyer's name, "Other" for values that are not the site's lawyers (issue 14). */
export function lawyerLabel(value: string, lawyers: readonly JourneyLawyer[], t: Messages): string {
  if (value === otherLawyer) return t.journey.lawyerOther;
  const lawyer = lawyers.find((l) => l.id === value);
  if (!lawyer) return value;
  return lawyer.departed ? t.journey.lawyerDeparted(lawyer.name) : lawyer.name;
}

/** A dimension's value as people say it: "Phone", "Referral", a language's name, a lawyer's name. */
export function dimensionLabel(
  dimension: string,
  value: string,
  t: Messages,
  lawyers: readonly JourneyLawyer[] = [],
): string {
  if (value === '') return t.journey.breakdownNone;
  if (dimension === 'device') return t.journey.devices[value] ?? value;
  if (dimension === 'source') return t.journey.sources[value] ?? value;
  if (dimension === 'lang') return (t.languages as Record<string, string>)[value] ?? value;
  if (dimension === 'touchpoint') return touchpointLabel(value, t);
  if (dimension === 'lawyer') return lawyerLabel(value, lawyers, t);
  return value;
}
