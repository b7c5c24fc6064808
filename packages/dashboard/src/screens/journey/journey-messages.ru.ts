/** Русские сообщения карты пути клиента (`i18n/messages/ru.ts`, ключ `journey`). */
import type { journeyEn } from './journey-messages.en.ts';

const count = (n: number, one: string, few: string, many: string) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11 ? one : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? few : many;
  return `${n.toLocaleString('ru')} ${word}`;
};

export const journeyRu: typeof journeyEn = {
  title: 'Путь клиента',
  description: 'Откуда приходят клиенты, где они уходят, сколько длится каждый шаг и насколько они довольны.',
  site: 'Сайт',
  print: 'Печать',
  exportCsv: 'Скачать CSV',
  filters: 'Фильтры',
  range: 'Период',
  ranges: {
    '7d': 'Последние 7 дней',
    '30d': 'Последние 30 дней',
    '90d': 'Последние 90 дней',
    '180d': 'Последние 6 месяцев',
    '365d': 'Последние 12 месяцев',
    custom: 'Свой период',
  },
  from: 'С',
  to: 'По',
  compare: 'Сравнить с предыдущим периодом',
  all: 'Все',
  dimensions: {
    practiceArea: 'Практика',
    lawyer: 'Юрист',
    lang: 'Язык',
    source: 'Источник',
    device: 'Устройство',
    touchpoint: 'Точка контакта',
  },
  devices: { phone: 'Телефон', tablet: 'Планшет', desktop: 'Компьютер' },
  sources: {
    search: 'Поисковик',
    referral: 'Рекомендация',
    social: 'Соцсети',
    directory: 'Каталог юристов',
    event: 'Мероприятие',
    other: 'Другое',
  },
  stages: {
    discover: 'Знакомство',
    explore: 'Изучение',
    contact: 'Обращение',
    decide: 'Решение',
    service: 'Работа',
    payment: 'Оплата',
    feedback: 'Отзыв',
    return: 'Возврат',
  },
  stageHints: {
    discover: 'Виджет показан',
    explore: 'Прочитаны юристы и услуги',
    contact: 'Первое обращение',
    decide: 'Договор заключён',
    service: 'Дело в работе',
    payment: 'Счёт и оплата',
    feedback: 'Оставлен отзыв',
    return: 'Вернулся после договора',
  },
  mapLabel: 'Восемь этапов пути клиента',
  journeys: (n: number) => count(n, 'путь', 'пути', 'путей'),
  reached: 'Дошли',
  conversion: 'Конверсия',
  conversionFrom: (stage: string) => `от этапа «${stage}»`,
  dropOff: 'Ушли',
  median: 'Медианное время',
  touchpoints: 'Точки контакта',
  noTouchpoints: 'Нет данных',
  satisfaction: { ces: 'Усилие (CES, 1–5)', csat: 'Довольны (CSAT)', nps: 'NPS' },
  responses: (n: number) => count(n, 'ответ', 'ответа', 'ответов'),
  noAnswers: 'Ответов пока нет',
  previous: (value: string) => `прошлый период: ${value}`,
  open: (what: string) => `Показать, из чего складывается: ${what}`,
  weakestTitle: 'Самый слабый шаг',
  weakest: (from: string, to: string, share: string, n: string, lost: string) =>
    `${from} → ${to}: дальше прошли лишь ${share} из ${n} путей; ушли ${lost}.`,
  weakestNone: 'Пока слишком мало путей, чтобы назвать слабый шаг.',
  weakestBadge: 'Слабый шаг',
  returningTitle: 'Вернувшиеся клиенты',
  returning: (n: number) => count(n, 'вернувшийся клиент', 'вернувшихся клиента', 'вернувшихся клиентов'),
  returningHint:
    'Клиенты, вернувшиеся за новой помощью: новая заявка после решения или с адреса прежнего клиента. Проверка статуса текущего дела относится к этапу «Работа».',
  returningShare: 'Доля новых заявок от вернувшихся клиентов',
  referralShare: 'Доля новых заявок по рекомендации',
  trendsTitle: 'Динамика',
  interval: 'Группировать по',
  intervals: { day: 'Дням', week: 'Неделям' },
  volumeChart: 'События по этапам',
  conversionChart: 'Конверсия от предыдущего этапа',
  complianceChart: 'Заявки, на которые ответили в срок',
  npsChart: 'NPS',
  complianceSeries: 'В срок',
  emptyTitle: 'Путей пока нет',
  emptyBody:
    'Карта заполнится, когда посетители увидят и используют виджеты на сайте. Добавить их можно на странице «Код для сайта».',
  breakdownTitle: (stage: string, dimension: string) => `${stage}: по признаку «${dimension}»`,
  breakdownBy: 'Разбить по',
  breakdownValue: 'Значение',
  breakdownCount: 'Пути',
  breakdownEvents: 'События',
  breakdownShare: 'Доля',
  breakdownNone: 'Неизвестно',
  breakdownEmpty: 'Здесь нечего считать.',
  duration: {
    minutes: (n: number) => `${n} мин`,
    hours: (n: number) => `${n} ч`,
    days: (n: number) => `${n} дн.`,
  },
  touchpointsBy: (dimension: string) =>
    `При нескольких фильтрах точки контакта учитывают только признак «${dimension}».`,
  mediansEstimated: 'Медианное время оценено по большому числу путей (точность 5 %).',
  updating: 'Обновление…',
  satisfactionFromSurvey:
    'Удовлетворённость считается по ответам на опросы за этот период, как на странице «Опросы» (с учётом области права и юриста).',
  satisfactionNotNarrowable:
    'Удовлетворённость не показана: в ответах на опросы нет языка, устройства и источника, поэтому эти фильтры к ним неприменимы.',
};
