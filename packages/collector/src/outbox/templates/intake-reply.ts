/**
 * `intake-reply`: a member of the firm answers a prospect from the intake detail (issue 15). It carries
 * what staff wrote and the reference — never the prospect's own words (no quote of their request).
 */
import * as z from 'zod/mini';
import { emailLayout } from './layout.ts';
import { defineTemplate, inLanguage } from './template.ts';

const data = z.object({
  reference: z.string(),
  /** The reply as staff wrote it. */
  text: z.string(),
  /** The staff member's name, as the signature. */
  author: z.string(),
});

export const intakeReply = defineTemplate({
  name: 'intake-reply',
  data,
  render(d, lang, ctx) {
    const t = inLanguage(lang, {
      en: {
        subject: `Re: your request ${d.reference}`,
        heading: `About your request ${d.reference}`,
        why: `You receive this because you sent a request to ${ctx.firmName}. This email does not create an attorney–client relationship; please do not send confidential details by email.`,
      },
      ru: {
        subject: `Ответ на ваше обращение ${d.reference}`,
        heading: `По вашему обращению ${d.reference}`,
        why: `Вы получили это письмо, потому что отправили обращение в ${ctx.firmName}. Это письмо не означает заключения соглашения об оказании юридической помощи; пожалуйста, не присылайте конфиденциальные сведения по электронной почте.`,
      },
      zh: {
        subject: `回复：您的咨询 ${d.reference}`,
        heading: `关于您的咨询 ${d.reference}`,
        why: `您收到此邮件是因为您曾向${ctx.firmName}提交咨询。本邮件不构成律师与委托人关系；请勿通过电子邮件发送保密信息。`,
      },
    });
    const paragraphs = d.text
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean);
    const body = emailLayout({
      firmName: ctx.firmName,
      lang,
      heading: t.heading,
      lines: [...paragraphs, `— ${d.author}, ${ctx.firmName}`],
      footer: t.why,
    });
    return { subject: t.subject, ...body };
  },
});
