/** `test-email`: Settings → Email → "Send a test email". Says only that the settings work. */
import * as z from 'zod/mini';
import { emailLayout } from './layout.ts';
import { defineTemplate, inLanguage } from './template.ts';

export const testEmail = defineTemplate({
  name: 'test-email',
  data: z.object({ sentAt: z.number() }),
  render(_d, lang, ctx) {
    const t = inLanguage(lang, {
      en: {
        subject: `Test email from ${ctx.firmName}`,
        heading: 'Your email settings work',
        line: 'Retainer can send email with these settings. Nothing else to do.',
        why: 'Sent from Settings → Email in the dashboard.',
      },
      ru: {
        subject: `Тестовое письмо от ${ctx.firmName}`,
        heading: 'Настройки почты работают',
        line: 'Retainer может отправлять письма с этими настройками. Больше ничего делать не нужно.',
        why: 'Отправлено из раздела «Настройки → Почта» в панели.',
      },
      zh: {
        subject: `来自${ctx.firmName}的测试邮件`,
        heading: '您的邮件设置可以正常使用',
        line: 'Retainer 可以使用这些设置发送邮件，无需其他操作。',
        why: '从管理面板的“设置 → 邮件”发送。',
      },
    });
    return {
      subject: t.subject,
      ...emailLayout({ firmName: ctx.firmName, lang, heading: t.heading, lines: [t.line], footer: t.why }),
    };
  },
});
