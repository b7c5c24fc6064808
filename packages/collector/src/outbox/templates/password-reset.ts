/**
 * `password-reset`: the link a staff member asked for on the sign-in screen (issue 15). Single use,
 * 30 minutes; asking again or signing in changes nothing until the link is used.
 */
import * as z from 'zod/mini';
import { emailLayout } from './layout.ts';
import { defineTemplate, inLanguage } from './template.ts';

const data = z.object({ link: z.string(), expiresAt: z.number() });

export const passwordReset = defineTemplate({
  name: 'password-reset',
  data,
  render(d, lang, ctx) {
    const t = inLanguage(lang, {
      en: {
        subject: 'Reset your Retainer password',
        heading: 'Reset your password',
        lines: [
          'Someone (we hope you) asked to reset the password of your Retainer dashboard account.',
          'The link works once, for 30 minutes. Setting a new password signs you out everywhere.',
        ],
        action: 'Choose a new password',
        why: 'If you did not ask for this, ignore this email: your password stays as it is.',
      },
      ru: {
        subject: 'Сброс пароля Retainer',
        heading: 'Сброс пароля',
        lines: [
          'Кто-то (надеемся, вы) попросил сбросить пароль вашей учётной записи в панели Retainer.',
          'Ссылка действует один раз в течение 30 минут. Новый пароль завершит все ваши сеансы.',
        ],
        action: 'Задать новый пароль',
        why: 'Если вы не просили об этом, просто проигнорируйте письмо: пароль останется прежним.',
      },
      zh: {
        subject: '重置您的 Retainer 密码',
        heading: '重置密码',
        lines: [
          '有人（希望是您本人）请求重置您的 Retainer 管理面板账户密码。',
          '该链接仅可使用一次，30 分钟内有效。设置新密码后，您在所有设备上的登录都会退出。',
        ],
        action: '设置新密码',
        why: '如果这不是您本人的请求，请忽略此邮件：您的密码不会改变。',
      },
    });
    const body = emailLayout({
      firmName: ctx.firmName,
      lang,
      heading: t.heading,
      lines: t.lines,
      action: { label: t.action, url: d.link },
      footer: t.why,
    });
    return { subject: t.subject, ...body };
  },
});
