/**
 * `survey-invitation`: the firm asks a client how it went (issue 15), once, and at most one reminder.
 * The link opens the survey on the firm's own page (token in the fragment). Every one carries a one-click
 * unsubscribe (RFC 8058: `List-Unsubscribe` with an https URL and `List-Unsubscribe-Post`).
 */
import * as z from 'zod/mini';
import { emailLayout } from './layout.ts';
import { defineTemplate, inLanguage } from './template.ts';

const data = z.object({
  /** The survey link (`…#retainer-survey=<token>`). */
  url: z.string(),
  measure: z.enum(['nps', 'csat', 'ces']),
  reminder: z.boolean(),
  /** Signed token for `/v1/unsubscribe/<token>` (survey/unsubscribe.ts): site, keyed email index, language. */
  unsubscribeToken: z.string(),
});

export const surveyInvitationEmail = defineTemplate({
  name: 'survey-invitation',
  data,
  render(d, lang, ctx) {
    const t = inLanguage(lang, {
      en: {
        subject: d.reminder ? `A reminder: how did ${ctx.firmName} do?` : `How did ${ctx.firmName} do?`,
        heading: d.reminder ? 'We would still love to hear from you' : 'How did we do?',
        ask: {
          nps: 'How likely are you to recommend us to a friend or colleague? It takes under a minute.',
          csat: 'How satisfied are you with our work so far? It takes under a minute.',
          ces: 'How easy was it to reach us? It takes under a minute.',
        },
        all: 'We read every answer, good or bad.',
        action: 'Answer the survey',
        why: 'You receive this because you are a client of the firm.',
        unsubscribe: (url: string) => `To stop receiving survey emails: ${url}`,
      },
      ru: {
        subject: d.reminder ? `Напоминание: как вам работа ${ctx.firmName}?` : `Как вам работа ${ctx.firmName}?`,
        heading: d.reminder ? 'Нам всё ещё важно ваше мнение' : 'Как мы справились?',
        ask: {
          nps: 'Насколько вероятно, что вы порекомендуете нас другу или коллеге? Это займёт меньше минуты.',
          csat: 'Насколько вы довольны нашей работой? Это займёт меньше минуты.',
          ces: 'Насколько легко было с нами связаться? Это займёт меньше минуты.',
        },
        all: 'Мы читаем каждый ответ — и хороший, и плохой.',
        action: 'Пройти опрос',
        why: 'Вы получили это письмо, потому что вы клиент фирмы.',
        unsubscribe: (url: string) => `Чтобы больше не получать писем с опросами: ${url}`,
      },
      zh: {
        subject: d.reminder ? `提醒：您对${ctx.firmName}的服务满意吗？` : `您对${ctx.firmName}的服务满意吗？`,
        heading: d.reminder ? '我们仍然很想听到您的意见' : '我们做得怎么样？',
        ask: {
          nps: '您有多大可能向朋友或同事推荐我们？只需不到一分钟。',
          csat: '您对我们目前的工作满意吗？只需不到一分钟。',
          ces: '联系我们是否方便？只需不到一分钟。',
        },
        all: '每一条反馈我们都会认真阅读，无论好坏。',
        action: '填写调查',
        why: '您收到此邮件是因为您是本所的客户。',
        unsubscribe: (url: string) => `如不想再收到调查邮件：${url}`,
      },
    });
    const unsubscribeUrl = `${ctx.baseUrl}/v1/unsubscribe/${encodeURIComponent(d.unsubscribeToken)}`;
    const body = emailLayout({
      firmName: ctx.firmName,
      lang,
      heading: t.heading,
      lines: [t.ask[d.measure], t.all],
      action: { label: t.action, url: d.url },
      footer: `${t.why} ${t.unsubscribe(unsubscribeUrl)}`,
    });
    return {
      subject: t.subject,
      ...body,
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  },
});
