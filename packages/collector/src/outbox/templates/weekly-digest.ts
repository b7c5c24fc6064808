/**
 * `weekly-digest`: last week in numbers for one site (issue 15), Monday 9:00 in its time zone, to members
 * who opted in. Numbers only — no names, no text — and a link to the journey map.
 */
import * as z from 'zod/mini';
import { emailLayout } from './layout.ts';
import { defineTemplate, inLanguage } from './template.ts';

const stageNames = ['discover', 'explore', 'contact', 'decide', 'service', 'payment', 'feedback', 'return'] as const;
type Stage = (typeof stageNames)[number];

const data = z.object({
  week: z.string(),
  newIntakes: z.number(),
  medianFirstResponseMs: z.nullable(z.number()),
  withinTargetShare: z.nullable(z.number()),
  stages: z.array(z.object({ stage: z.string(), conversion: z.nullable(z.number()) })),
  weakest: z.nullable(z.object({ from: z.string(), stage: z.string(), conversion: z.number() })),
  nps: z.nullable(z.number()),
  npsResponses: z.number(),
  path: z.string(),
});

const labels: Record<'en' | 'ru' | 'zh', Record<Stage, string>> = {
  en: {
    discover: 'Discover',
    explore: 'Explore',
    contact: 'Contact',
    decide: 'Decide',
    service: 'Service',
    payment: 'Payment',
    feedback: 'Feedback',
    return: 'Return',
  },
  ru: {
    discover: 'Знакомство',
    explore: 'Изучение',
    contact: 'Обращение',
    decide: 'Решение',
    service: 'Работа',
    payment: 'Оплата',
    feedback: 'Отзыв',
    return: 'Возвращение',
  },
  zh: {
    discover: '发现',
    explore: '了解',
    contact: '联系',
    decide: '委托',
    service: '服务',
    payment: '付款',
    feedback: '反馈',
    return: '再次委托',
  },
};

export const weeklyDigest = defineTemplate({
  name: 'weekly-digest',
  data,
  render(d, lang, ctx) {
    const pct = (share: number | null) =>
      share === null ? '—' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
    const hours = (ms: number | null) =>
      ms === null ? '—' : new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(ms / 3_600_000);
    const name = (stage: string) => labels[lang][stage as Stage] ?? stage;
    const t = inLanguage(lang, {
      en: {
        subject: `Your week at ${ctx.firmName}: ${d.newIntakes} new intakes`,
        heading: `The week of ${d.week} in numbers`,
        intakes: `New intakes: ${d.newIntakes}`,
        response: `Median first response: ${hours(d.medianFirstResponseMs)} business hours; answered within target: ${pct(d.withinTargetShare)}`,
        stages: 'Conversion by stage:',
        weakest: (w: NonNullable<typeof d.weakest>) =>
          `Weakest step: ${name(w.from)} → ${name(w.stage)} (${pct(w.conversion)})`,
        nps: `NPS: ${d.nps === null ? '—' : Math.round(d.nps)} (${d.npsResponses} answers)`,
        action: 'Open the journey map',
        why: 'You get this weekly digest because you turned it on under Notifications in the dashboard.',
      },
      ru: {
        subject: `Неделя ${ctx.firmName}: новых обращений — ${d.newIntakes}`,
        heading: `Неделя с ${d.week} в цифрах`,
        intakes: `Новых обращений: ${d.newIntakes}`,
        response: `Медиана первого ответа: ${hours(d.medianFirstResponseMs)} рабочих ч; в срок: ${pct(d.withinTargetShare)}`,
        stages: 'Конверсия по этапам:',
        weakest: (w: NonNullable<typeof d.weakest>) =>
          `Самый слабый шаг: ${name(w.from)} → ${name(w.stage)} (${pct(w.conversion)})`,
        nps: `NPS: ${d.nps === null ? '—' : Math.round(d.nps)} (ответов: ${d.npsResponses})`,
        action: 'Открыть карту пути клиента',
        why: 'Вы получаете эту еженедельную сводку, потому что включили её в настройках уведомлений.',
      },
      zh: {
        subject: `${ctx.firmName} 本周概况：新咨询 ${d.newIntakes} 份`,
        heading: `${d.week} 起一周的数据`,
        intakes: `新咨询：${d.newIntakes}`,
        response: `首次回复中位数：${hours(d.medianFirstResponseMs)} 个工作小时；按时回复比例：${pct(d.withinTargetShare)}`,
        stages: '各阶段转化率：',
        weakest: (w: NonNullable<typeof d.weakest>) =>
          `最薄弱环节：${name(w.from)} → ${name(w.stage)}（${pct(w.conversion)}）`,
        nps: `NPS：${d.nps === null ? '—' : Math.round(d.nps)}（${d.npsResponses} 份回复）`,
        action: '打开客户旅程图',
        why: '您收到这份每周摘要是因为您在管理面板的通知设置中开启了它。',
      },
    });
    const lines = [
      t.intakes,
      t.response,
      `${t.stages} ${d.stages.map((s) => `${name(s.stage)} ${pct(s.conversion)}`).join(' · ')}`,
      ...(d.weakest ? [t.weakest(d.weakest)] : []),
      t.nps,
    ];
    const body = emailLayout({
      firmName: ctx.firmName,
      lang,
      heading: t.heading,
      lines,
      action: { label: t.action, url: `${ctx.baseUrl}${d.path}` },
      footer: t.why,
    });
    return { subject: t.subject, ...body };
  },
});
