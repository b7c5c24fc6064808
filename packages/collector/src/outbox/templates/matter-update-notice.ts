/**
 * `matter-update-notice`: a client who opted in on the tracker is told their matter has something new
 * (an update, or a reply to their message) — only that, the reference and a link to the firm's
 * case-status page. No stage, no text, no name: the update itself is read behind the access code.
 */
import * as z from 'zod/mini';
import { emailLayout } from './layout.ts';
import { defineTemplate, inLanguage } from './template.ts';

const data = z.object({
  kind: z.enum(['update', 'reply']),
  reference: z.string(),
  /** The firm's case-status page, or null when the site has none set. */
  statusPage: z.nullable(z.string()),
});

export const matterUpdateNotice = defineTemplate({
  name: 'matter-update-notice',
  data,
  render(d, lang, ctx) {
    const t = inLanguage(lang, {
      en: {
        subject:
          d.kind === 'update'
            ? `There is an update on your matter ${d.reference}`
            : `You have a reply on your matter ${d.reference}`,
        heading: d.kind === 'update' ? 'Your matter has an update' : 'Your lawyer replied to your message',
        read: 'Sign in to the case-status page with your reference and access code to read it.',
        noLink: `Open the case-status page on ${ctx.firmName}'s website with your reference and access code to read it.`,
        action: 'Open the case-status page',
        why: 'You receive this because you asked to be told of updates on the case-status page. Untick that box there to stop these emails.',
      },
      ru: {
        subject:
          d.kind === 'update' ? `По вашему делу ${d.reference} есть новости` : `Вам ответили по делу ${d.reference}`,
        heading: d.kind === 'update' ? 'По вашему делу есть новости' : 'Юрист ответил на ваше сообщение',
        read: 'Чтобы прочитать, откройте страницу статуса дела и введите номер дела и код доступа.',
        noLink: `Чтобы прочитать, откройте страницу статуса дела на сайте ${ctx.firmName} и введите номер дела и код доступа.`,
        action: 'Открыть страницу статуса дела',
        why: 'Вы получили это письмо, потому что попросили сообщать о новостях на странице статуса дела. Снимите там отметку, чтобы больше не получать такие письма.',
      },
      zh: {
        subject: d.kind === 'update' ? `您的案件 ${d.reference} 有新进展` : `您的案件 ${d.reference} 有新回复`,
        heading: d.kind === 'update' ? '您的案件有新进展' : '您的律师回复了您的留言',
        read: '请在案件进度页面输入案件编号和访问码查看。',
        noLink: `请在${ctx.firmName}网站的案件进度页面输入案件编号和访问码查看。`,
        action: '打开案件进度页面',
        why: '您收到此邮件是因为您在案件进度页面选择了接收更新通知。在该页面取消勾选即可停止接收。',
      },
    });
    const body = emailLayout({
      firmName: ctx.firmName,
      lang,
      heading: t.heading,
      lines: [d.reference, d.statusPage ? t.read : t.noLink],
      action: d.statusPage ? { label: t.action, url: d.statusPage } : undefined,
      footer: t.why,
    });
    return { subject: t.subject, ...body };
  },
});
