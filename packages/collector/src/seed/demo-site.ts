/**
 * The demo firm every fresh install starts with, so `npm start` shows a working form.
 * Idempotent: an existing site keeps its (possibly edited) config and only gains new origins.
 *
 * @example
 *   await seedDemoSite(storage, { port: 8787, extraOrigins: ['http://localhost:5173'] });
 */
import { type Disclaimer, defaultIntakeFields } from '@retainer/schema';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { seedDemoFaq } from '../faq/seed-faq.ts';
import { seedDemoJourneys } from '../journey/seed-journeys.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import { seedDemoMatters } from '../status/seed-matters.ts';
import type { Storage } from '../storage/open-storage.ts';
import { seedDemoSurvey } from '../survey/seed-survey.ts';
import { seedDemoLawyers } from './demo-lawyers.ts';

export const demoSiteId = 'harbor-vale';

export const demoSettings: SiteSettings = {
  name: 'Harbor & Vale LLP',
  publicName: 'Harbor & Vale LLP',
  defaultLanguage: 'en',
  theme: { accent: '#1f4e79', radius: 6 },
  practiceAreas: [
    { id: 'family', label: { en: 'Family law', ru: 'Семейное право', zh: '家庭法' } },
    { id: 'employment', label: { en: 'Employment', ru: 'Трудовое право', zh: '劳动法' } },
    { id: 'immigration', label: { en: 'Immigration', ru: 'Иммиграция', zh: '移民' } },
    { id: 'business', label: { en: 'Business and contracts', ru: 'Бизнес и договоры', zh: '商业与合同' } },
    {
      id: 'estate-planning',
      label: { en: 'Wills and estate planning', ru: 'Наследство и завещания', zh: '遗嘱与遗产规划' },
    },
    { id: 'personal-injury', label: { en: 'Personal injury', ru: 'Травмы и возмещение вреда', zh: '人身伤害' } },
    { id: 'real-estate', label: { en: 'Real estate', ru: 'Недвижимость', zh: '房地产' } },
  ],
  contact: {
    phone: '+1 617 555 0142',
    email: 'intake@harborvale.example',
    hours: {
      en: 'Monday to Friday, 9 am to 5 pm Eastern',
      ru: 'С понедельника по пятницу, с 9:00 до 17:00 (восточное время США)',
      zh: '周一至周五，美国东部时间上午9点至下午5点',
    },
  },
  intake: {
    fields: defaultIntakeFields,
    responseTarget: { amount: 1, unit: 'businessDay' },
    minFillMs: 3000,
  },
};

export const demoDisclaimer: Disclaimer = {
  version: 1,
  text: {
    en:
      'Sending this form does not make Harbor & Vale LLP your lawyers. No attorney-client relationship exists ' +
      'until we have checked for conflicts and both signed an engagement letter. Nothing on this site or in our ' +
      'reply is legal advice about your situation. We keep what you send confidential and use it only to decide ' +
      'whether we can help you, but until we agree to represent you it may not be protected by attorney-client ' +
      'privilege, so please leave out anything you would not want others to see. We may already represent ' +
      'another party in your matter; if so, we cannot act for you and will tell you without using what you sent.',
    ru:
      'Отправка этой формы не делает Harbor & Vale LLP вашими адвокатами. Отношения адвоката и клиента возникают ' +
      'только после проверки на конфликт интересов и подписания соглашения об оказании услуг. Ничто на этом сайте ' +
      'и в нашем ответе не является юридической консультацией по вашей ситуации. Мы храним присланные сведения ' +
      'конфиденциально и используем их только для того, чтобы решить, можем ли мы вам помочь, но до заключения ' +
      'соглашения они могут не охраняться адвокатской тайной, поэтому не указывайте того, что не хотели бы ' +
      'раскрывать. Мы можем уже представлять другую сторону по вашему делу; в этом случае мы не сможем вам помочь ' +
      'и сообщим об этом, не используя присланные сведения.',
    zh:
      '提交此表格并不意味着 Harbor & Vale LLP 成为您的律师。在我们完成利益冲突审查并双方签署委托协议之前，' +
      '不存在律师与客户关系。本网站的任何内容及我们的回复均不构成针对您情况的法律意见。我们会对您提交的信息保密，' +
      '仅用于判断能否为您提供帮助；但在我们同意代理您之前，这些信息可能不受律师-客户保密特权保护，' +
      '因此请勿填写您不希望他人知悉的内容。我们可能已在您的事务中代理另一方；如属此情况，我们将无法代理您，' +
      '并会告知您，且不会使用您提交的信息。',
  },
};

export type SeedOptions = {
  /** The collector's port: the demo is served from it, on localhost and 127.0.0.1. */
  port: number;
  /** More origins allowed for the demo site (e2e fixtures on another port). */
  extraOrigins?: string[];
  /** With the data key: also seed what is stored encrypted (the status tracker's demo matters). */
  cipher?: FieldCipher;
};

/** Creates `harbor-vale` if missing, else adds any missing origins. Returns whether it was created. */
export async function seedDemoSite(
  storage: Storage,
  { port, extraOrigins = [], cipher }: SeedOptions,
): Promise<boolean> {
  const allowedOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`, ...extraOrigins];
  const created = await storage.ensureSite({
    id: demoSiteId,
    name: demoSettings.name,
    config: demoSettings,
    allowedOrigins: [...new Set(allowedOrigins)],
    disclaimer: demoDisclaimer,
  });
  // The "Our team" page (issue 4): once per database, after the site exists.
  await seedDemoLawyers(storage);
  // The FAQ bot's entries (issue 5): once per database.
  await seedDemoFaq(storage, demoSiteId);
  // The "Case status" page (issue 7): after the lawyers, whom the matters name.
  if (cipher) await seedDemoMatters(storage, cipher, demoSiteId);
  // The survey's history (issue 6): invitations and ~200 answers over six months, once per database.
  if (cipher) await seedDemoSurvey(storage, cipher, demoSiteId, port);
  // The journey map's history (issue 8): ~6 months of journeys through the event write path, once per database.
  if (cipher) await seedDemoJourneys(storage, demoSiteId);
  return created;
}
