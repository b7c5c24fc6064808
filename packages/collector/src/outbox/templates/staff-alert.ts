/**
 * `staff-alert`: members of the firm are told something needs them (issue 15) — a client wrote on a matter,
 * a survey answer landed in the follow-up queue, a matter went past the "days since the client was updated"
 * target, a new intake reached 75 % of its response target or is overdue. Reference, numbers and a link
 * into the dashboard; never the client's message, the comment or the intake's answers.
 */
import * as z from 'zod/mini';
import { emailLayout } from './layout.ts';
import { defineTemplate, inLanguage } from './template.ts';

export const staffAlertKinds = [
  'client-message',
  'follow-up',
  'matter-overdue',
  'intake-due',
  'intake-overdue',
] as const;

const data = z.object({
  kind: z.enum(staffAlertKinds),
  /** The intake's or matter's reference; null for a survey answer. */
  reference: z.nullable(z.string()),
  /** Dashboard path, e.g. `/dashboard/matters/<id>`. */
  path: z.string(),
  /** Days since the client was updated, or the target in days. */
  days: z.optional(z.number()),
  /** When the response target runs out. */
  dueAt: z.optional(z.number()),
  timeZone: z.optional(z.string()),
});

const when = (lang: string, at: number, timeZone = 'UTC') =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);

export const staffAlert = defineTemplate({
  name: 'staff-alert',
  data,
  render(d, lang, ctx) {
    const ref = d.reference ?? '';
    const due = d.dueAt === undefined ? '' : when(lang, d.dueAt, d.timeZone);
    const days = d.days ?? 0;
    const t = inLanguage(lang, {
      en: {
        'client-message': [`A client wrote on matter ${ref}`, 'A client sent a message on their matter.'],
        'follow-up': ['A survey answer needs a follow-up', 'A client’s survey answer landed in the follow-up queue.'],
        'matter-overdue': [
          `Matter ${ref}: the client has not been updated for ${days} days`,
          `The matter passed the firm’s target for updating the client.`,
        ],
        'intake-due': [`Intake ${ref} is due soon`, `It has used 75 % of its response target. Respond by: ${due}`],
        'intake-overdue': [
          `Intake ${ref} is overdue`,
          `Nobody has answered it and its response target passed at ${due}.`,
        ],
        action: 'Open it in the dashboard',
        why: 'The details stay in the dashboard. You get this because of your notification settings; change them under Notifications in the dashboard.',
      },
      ru: {
        'client-message': [`Клиент написал по делу ${ref}`, 'Клиент отправил сообщение по своему делу.'],
        'follow-up': ['Ответ на опрос требует реакции', 'Ответ клиента на опрос попал в очередь на обратную связь.'],
        'matter-overdue': [
          `Дело ${ref}: клиента не извещали ${days} дн.`,
          'Превышен срок фирмы для извещения клиента о ходе дела.',
        ],
        'intake-due': [
          `Срок ответа на обращение ${ref} скоро истечёт`,
          `Прошло 75 % срока ответа. Ответить до: ${due}`,
        ],
        'intake-overdue': [`Обращение ${ref} просрочено`, `Никто не ответил, срок ответа истёк: ${due}.`],
        action: 'Открыть в панели',
        why: 'Подробности — только в панели. Вы получили это письмо согласно своим настройкам уведомлений; изменить их можно в панели.',
      },
      zh: {
        'client-message': [`客户在案件 ${ref} 中留言`, '一位客户就其案件发送了留言。'],
        'follow-up': ['一条调查回复需要跟进', '一位客户的调查回复已进入跟进队列。'],
        'matter-overdue': [`案件 ${ref}：已 ${days} 天未向客户更新`, '该案件已超过本所向客户更新进展的目标时间。'],
        'intake-due': [`咨询 ${ref} 即将到期`, `已用去 75% 的回复时限。请在此之前回复：${due}`],
        'intake-overdue': [`咨询 ${ref} 已逾期`, `尚无人回复，回复时限已于 ${due} 到期。`],
        action: '在管理面板中打开',
        why: '详细内容只在管理面板中查看。您收到此邮件是因为您的通知设置；可在管理面板的通知设置中更改。',
      },
    });
    const [subject, line] = t[d.kind] as [string, string];
    const body = emailLayout({
      firmName: ctx.firmName,
      lang,
      heading: subject,
      lines: [line],
      action: { label: t.action, url: `${ctx.baseUrl}${d.path}` },
      footer: t.why,
    });
    return { subject, ...body };
  },
});
