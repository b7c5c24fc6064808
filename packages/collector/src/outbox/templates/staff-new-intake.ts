/**
 * `staff-new-intake`: a member of the firm is told an intake arrived. Reference, practice area (the firm's
 * own label key), when it is due and a link into the dashboard; never the description, parties or any
 * other answer (ABA Formal Op. 477R: email is not a channel for the prospect's confidences).
 */
import * as z from 'zod/mini';
import { emailLayout } from './layout.ts';
import { defineTemplate, inLanguage } from './template.ts';

const data = z.object({
  intakeId: z.string(),
  reference: z.string(),
  /** The practice area's label in the firm's own words, or null. */
  practiceArea: z.nullable(z.string()),
  receivedAt: z.number(),
  /** When the response target runs out (business hours), or null. */
  dueAt: z.nullable(z.number()),
  timeZone: z.string(),
});

const when = (lang: string, at: number, timeZone: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);

export const staffNewIntake = defineTemplate({
  name: 'staff-new-intake',
  data,
  render(d, lang, ctx) {
    const t = inLanguage(lang, {
      en: {
        subject: `New intake ${d.reference}`,
        heading: 'A new intake arrived',
        reference: `Reference: ${d.reference}`,
        area: (a: string) => `Practice area: ${a}`,
        due: (at: string) => `Respond by: ${at}`,
        action: 'Open it in the dashboard',
        why: 'The details stay in the dashboard: email is not the place for a prospect’s confidences. You get this because you are a member of the firm; change it under Notifications in the dashboard.',
      },
      ru: {
        subject: `Новое обращение ${d.reference}`,
        heading: 'Поступило новое обращение',
        reference: `Номер: ${d.reference}`,
        area: (a: string) => `Направление: ${a}`,
        due: (at: string) => `Ответить до: ${at}`,
        action: 'Открыть в панели',
        why: 'Подробности — только в панели: электронная почта не место для конфиденциальных сведений. Вы получили это письмо как сотрудник фирмы; настроить уведомления можно в панели.',
      },
      zh: {
        subject: `新咨询 ${d.reference}`,
        heading: '收到一份新咨询',
        reference: `编号：${d.reference}`,
        area: (a: string) => `业务领域：${a}`,
        due: (at: string) => `请在此之前回复：${at}`,
        action: '在管理面板中打开',
        why: '详细内容只在管理面板中查看：电子邮件不适合传递咨询人的保密信息。您收到此邮件是因为您是本所成员；可在管理面板的通知设置中更改。',
      },
    });
    const lines = [
      t.reference,
      ...(d.practiceArea ? [t.area(d.practiceArea)] : []),
      ...(d.dueAt ? [t.due(when(lang, d.dueAt, d.timeZone))] : []),
    ];
    // The dashboard's intake page (packages/dashboard/src/router/routes.ts `paths.intake`).
    const url = `${ctx.baseUrl}/dashboard/intakes/${encodeURIComponent(d.intakeId)}`;
    const body = emailLayout({
      firmName: ctx.firmName,
      lang,
      heading: t.heading,
      lines,
      action: { label: t.action, url },
      footer: t.why,
    });
    return { subject: t.subject, ...body };
  },
});
