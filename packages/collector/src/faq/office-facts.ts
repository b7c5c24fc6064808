/**
 * Office facts answered from the site's settings, not from FAQ text (issue 20): the hours (and whether the
 * office is open now, or on the day asked about), the address, the languages the firm works in, and how to
 * reach it — the same settings the site and the chat's handoff show, so the bot never contradicts them.
 *
 * @example
 *   officeMatch('hours', info, 'en', 'are you open on saturday', Date.now()).answer
 *   // 'Monday to Friday, 9 am to 5 pm Eastern. The office is closed now. On Saturday the office is closed.'
 */
import type { FaqMatch, LocalizedText, OfficeHours } from '@retainer/schema';
import { localDateOf, weekday, zoneOffset } from '../business-hours/zoned-time.ts';
import type { OfficeFact } from './search-index.ts';
import type { Language } from './tokenize.ts';

export type OfficeInfo = {
  hours: OfficeHours;
  hoursText: LocalizedText | undefined;
  address: LocalizedText | undefined;
  directions: LocalizedText | undefined;
  languages: string[];
  phone: string | undefined;
  email: string | undefined;
  contactPage: string | undefined;
};

/** The facts these settings can answer. Hours always; the rest when set. */
export function officeFactsOf(info: OfficeInfo): OfficeFact[] {
  const facts: OfficeFact[] = ['hours'];
  if (info.address) facts.push('location');
  if (info.languages.length > 0) facts.push('languages');
  if (info.phone || info.email || info.contactPage) facts.push('contact');
  return facts;
}

const text = {
  en: {
    hours: 'When is the office open?',
    location: 'Where is the office?',
    languages: 'Which languages do you work in?',
    contact: 'How do I reach you?',
    openNow: 'The office is open now.',
    closedNow: 'The office is closed now.',
    openOn: (day: string, from: string, to: string) => `On ${day} the office is open ${from}–${to}.`,
    closedOn: (day: string) => `On ${day} the office is closed.`,
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    hoursLine: (days: string, from: string, to: string, zone: string) => `${days}, ${from}–${to} (${zone} time).`,
    languagesLine: (list: string) => `We work in ${list}. Say which language you prefer when you contact us.`,
    call: (phone: string) => `Call ${phone}`,
    email: (email: string) => `email ${email}`,
    form: 'send your question with the form on our contact page',
    hoursAre: 'Office hours:',
  },
  ru: {
    hours: 'Когда открыт офис?',
    location: 'Где находится офис?',
    languages: 'На каких языках вы работаете?',
    contact: 'Как с вами связаться?',
    openNow: 'Сейчас офис открыт.',
    closedNow: 'Сейчас офис закрыт.',
    openOn: (day: string, from: string, to: string) => `${day}: офис открыт с ${from} до ${to}.`,
    closedOn: (day: string) => `${day}: офис закрыт.`,
    days: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота'],
    hoursLine: (days: string, from: string, to: string, zone: string) => `${days}, ${from}–${to} (время ${zone}).`,
    languagesLine: (list: string) =>
      `Мы работаем на языках: ${list}. Укажите удобный вам язык, когда свяжетесь с нами.`,
    call: (phone: string) => `Позвоните по номеру ${phone}`,
    email: (email: string) => `напишите на ${email}`,
    form: 'отправьте вопрос через форму на странице контактов',
    hoursAre: 'Часы работы:',
  },
  zh: {
    hours: '办公室什么时候开门？',
    location: '办公室在哪里？',
    languages: '你们使用哪些语言？',
    contact: '怎么联系你们？',
    openNow: '办公室现在营业。',
    closedNow: '办公室现在不营业。',
    openOn: (day: string, from: string, to: string) => `${day}办公室营业时间为${from}–${to}。`,
    closedOn: (day: string) => `${day}办公室不营业。`,
    days: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    hoursLine: (days: string, from: string, to: string, zone: string) => `${days}，${from}–${to}（${zone}时间）。`,
    languagesLine: (list: string) => `我们可以使用${list}为您服务。联系我们时请说明您希望使用的语言。`,
    call: (phone: string) => `请拨打 ${phone}`,
    email: (email: string) => `发邮件至 ${email}`,
    form: '或通过联系页面上的表单发送您的问题',
    hoursAre: '办公时间：',
  },
};

/** Days named in a question, in any of the three languages: 0 = Sunday … 6 = Saturday. */
const dayWords: [RegExp, number[]][] = [
  [/\bsun(day)?s?\b|воскресень|周日|星期日|星期天|礼拜天|礼拜日/, [0]],
  [/\bmon(day)?s?\b|понедельник|周一|星期一|礼拜一/, [1]],
  [/\btue(s|sday)?s?\b|вторник|周二|星期二|礼拜二/, [2]],
  [/\bwed(nesday)?s?\b|сред[уаы]\b|周三|星期三|礼拜三/, [3]],
  [/\bthu(rs|rsday)?s?\b|четверг|周四|星期四|礼拜四/, [4]],
  [/\bfri(day)?s?\b|пятниц|周五|星期五|礼拜五/, [5]],
  [/\bsat(urday)?s?\b|суббот|周六|星期六|礼拜六/, [6]],
  [/\bweekends?\b|выходн|周末/, [6, 0]],
];

export function daysAskedAbout(question: string): number[] {
  const lower = question.toLocaleLowerCase();
  return [...new Set(dayWords.filter(([re]) => re.test(lower)).flatMap(([, days]) => days))];
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Open at `at` in the office's zone; the same rule as the widget's `isOpenAt`. */
export function isOfficeOpen(hours: OfficeHours, at: number): boolean {
  if (hours.days.length === 0) return true;
  try {
    const local = new Date(at + zoneOffset(hours.timeZone, at));
    const day = weekday(localDateOf(hours.timeZone, at));
    const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
    const start = minutesOf(hours.start);
    const end = minutesOf(hours.end) > start ? minutesOf(hours.end) : 24 * 60;
    return hours.days.includes(day) && minutes >= start && minutes < end;
  } catch {
    return false;
  }
}

function hoursLine(hours: OfficeHours, lang: Language): string {
  const t = text[lang];
  const days = [...hours.days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const consecutive = days.every((d, i) => i === 0 || d === ((days[i - 1] as number) + 1) % 7);
  const names = days.map((d) => t.days[d] ?? '');
  const dayText = consecutive && days.length > 2 ? `${names[0]}–${names.at(-1)}` : names.join(', ');
  return t.hoursLine(dayText, hours.start, hours.end, hours.timeZone.replace(/_/g, ' '));
}

const pick = (value: LocalizedText | undefined, lang: Language) => (value ? (value[lang] ?? value.en) : undefined);

function languageList(codes: string[], lang: Language): string {
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const list = codes.map((code) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  });
  return new Intl.ListFormat([lang], { type: 'conjunction' }).format(list);
}

function answerText(fact: OfficeFact, info: OfficeInfo, lang: Language, question: string, now: number): string {
  const t = text[lang];
  const space = lang === 'zh' ? '' : ' ';
  if (fact === 'location') return [pick(info.address, lang), pick(info.directions, lang)].filter(Boolean).join(space);
  if (fact === 'languages') return t.languagesLine(languageList(info.languages, lang));
  const hours = pick(info.hoursText, lang) ?? hoursLine(info.hours, lang);
  if (fact === 'contact') {
    const ways = [
      info.phone ? t.call(info.phone) : undefined,
      info.email ? t.email(info.email) : undefined,
      info.contactPage ? t.form : undefined,
    ].filter(Boolean);
    return `${ways.join(lang === 'zh' ? '，' : ', ')}${lang === 'zh' ? '。' : '.'}${space}${t.hoursAre}${space}${hours}`;
  }
  const lines = [
    hours.replace(/[.。]?$/, lang === 'zh' ? '。' : '.'),
    isOfficeOpen(info.hours, now) ? t.openNow : t.closedNow,
  ];
  for (const day of daysAskedAbout(question)) {
    const name = t.days[day] ?? '';
    const open = info.hours.days.length === 0 || info.hours.days.includes(day);
    lines.push(open ? t.openOn(name, info.hours.start, info.hours.end) : t.closedOn(name));
  }
  return lines.join(space);
}

/** The answer to an office-fact question, shaped like an FAQ match, with the contact page as its source. */
export function officeMatch(
  fact: OfficeFact,
  info: OfficeInfo,
  lang: Language,
  question: string,
  now: number,
): FaqMatch {
  return {
    entry: `office:${fact}`,
    question: text[lang][fact],
    answer: answerText(fact, info, lang, question, now),
    sourceUrl: info.contactPage ?? '/',
    related: [],
  };
}
