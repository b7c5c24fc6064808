/**
 * `webhook-paused`: a site's admins are told an endpoint stopped receiving (3 days of failed deliveries, or
 * the receiver answered 410 Gone). The endpoint's host and why; nothing from the deliveries themselves.
 */
import * as z from 'zod/mini';
import { emailLayout } from '../outbox/templates/layout.ts';
import { defineTemplate, inLanguage } from '../outbox/templates/template.ts';

export const webhookPausedEmail = defineTemplate({
  name: 'webhook-paused',
  data: z.object({ host: z.string(), kind: z.enum(['paused', 'disabled']), lastError: z.string(), path: z.string() }),
  render(d, lang, ctx) {
    const t = inLanguage(lang, {
      en: {
        paused: [
          `Webhook to ${d.host} paused`,
          'Deliveries to this webhook endpoint have failed for 3 days, so it is paused. Its messages wait and go out once you resume it.',
        ],
        disabled: [
          `Webhook to ${d.host} disabled`,
          'The receiver answered 410 Gone, so the endpoint is disabled. Resume it once the receiver is back.',
        ],
        last: `Last error: ${d.lastError}`,
        action: 'Open the webhook settings',
        why: 'You get this as an admin of the site.',
      },
      ru: {
        paused: [
          `Вебхук на ${d.host} приостановлен`,
          'Доставка на этот адрес не удавалась 3 дня, поэтому он приостановлен. Сообщения ждут и уйдут, когда вы его возобновите.',
        ],
        disabled: [
          `Вебхук на ${d.host} отключён`,
          'Получатель ответил 410 Gone, поэтому адрес отключён. Включите его снова, когда получатель заработает.',
        ],
        last: `Последняя ошибка: ${d.lastError}`,
        action: 'Открыть настройки вебхуков',
        why: 'Вы получили это письмо как администратор сайта.',
      },
      zh: {
        paused: [
          `发往 ${d.host} 的 Webhook 已暂停`,
          '该 Webhook 端点的投递已连续失败 3 天，因此已暂停。消息会保留，恢复后即会发送。',
        ],
        disabled: [
          `发往 ${d.host} 的 Webhook 已停用`,
          '接收方返回 410 Gone，因此该端点已停用。接收方恢复后可重新启用。',
        ],
        last: `最后的错误：${d.lastError}`,
        action: '打开 Webhook 设置',
        why: '您作为该站点的管理员收到此邮件。',
      },
    });
    const [subject, line] = t[d.kind] as [string, string];
    const body = emailLayout({
      firmName: ctx.firmName,
      lang,
      heading: subject,
      lines: [line, t.last],
      action: { label: t.action, url: `${ctx.baseUrl}${d.path}` },
      footer: t.why,
    });
    return { subject, ...body };
  },
});
