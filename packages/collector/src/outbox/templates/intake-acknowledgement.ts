/**
 * `intake-acknowledgement`: the prospect is told their request arrived, with the reference and when to
 * expect an answer. It repeats nothing they wrote (not even their name): the address may be shared or
 * read by someone else.
 */
import * as z from 'zod/mini';
import { emailLayout } from './layout.ts';
import { defineTemplate, inLanguage } from './template.ts';

const data = z.object({
  reference: z.string(),
  /** When the firm's response target runs out, in business hours. */
  expectAnswerBy: z.nullable(z.number()),
  timeZone: z.string(),
  /** The firm's public contact page or phone, if it gave one. */
  contactPhone: z.nullable(z.string()),
});

const when = (lang: string, at: number, timeZone: string) =>
  new Intl.DateTimeFormat(lang, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);

export const intakeAcknowledgement = defineTemplate({
  name: 'intake-acknowledgement',
  data,
  render(d, lang, ctx) {
    const t = inLanguage(lang, {
      en: {
        subject: `We received your request (${d.reference})`,
        heading: 'Thank you, we received your request',
        reference: `Your reference number is ${d.reference}. Please quote it if you contact us.`,
        expect: (at: string) => `You can expect an answer by ${at}.`,
        soon: 'We will answer you as soon as we can.',
        phone: (p: string) => `If it is urgent, call us at ${p}.`,
        caution:
          'This email does not create an attorney–client relationship. Please do not reply with confidential details.',
        why: `You receive this because this address was given in a request to ${ctx.firmName}. If that was not you, you can ignore it.`,
      },
      ru: {
        subject: `Мы получили ваше обращение (${d.reference})`,
        heading: 'Спасибо, мы получили ваше обращение',
        reference: `Номер обращения: ${d.reference}. Укажите его, если будете связываться с нами.`,
        expect: (at: string) => `Мы ответим до: ${at}.`,
        soon: 'Мы ответим вам как можно скорее.',
        phone: (p: string) => `Если дело срочное, позвоните нам: ${p}.`,
        caution:
          'Это письмо не означает заключения соглашения об оказании юридической помощи. Пожалуйста, не присылайте в ответ конфиденциальные сведения.',
        why: `Вы получили это письмо, потому что этот адрес был указан в обращении в ${ctx.firmName}. Если это были не вы, просто проигнорируйте его.`,
      },
      zh: {
        subject: `我们已收到您的咨询（${d.reference}）`,
        heading: '谢谢，我们已收到您的咨询',
        reference: `您的咨询编号为 ${d.reference}，联系我们时请提供此编号。`,
        expect: (at: string) => `我们预计在 ${at} 之前答复您。`,
        soon: '我们会尽快答复您。',
        phone: (p: string) => `如有紧急情况，请致电 ${p}。`,
        caution: '本邮件不构成律师与委托人关系。请勿在回复中提供保密信息。',
        why: `您收到此邮件是因为有人在向${ctx.firmName}提交的咨询中填写了此地址。如果不是您本人，请忽略本邮件。`,
      },
    });
    const lines = [
      t.reference,
      d.expectAnswerBy ? t.expect(when(lang, d.expectAnswerBy, d.timeZone)) : t.soon,
      ...(d.contactPhone ? [t.phone(d.contactPhone)] : []),
      t.caution,
    ];
    const body = emailLayout({ firmName: ctx.firmName, lang, heading: t.heading, lines, footer: t.why });
    return { subject: t.subject, ...body };
  },
});
