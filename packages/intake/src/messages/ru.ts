/** The intake's Russian messages. */
import { plural } from '@retainer/core';
import type { IntakeMessages } from './en.ts';

const ru: IntakeMessages = {
  requiredNote: 'Поля, отмеченные *, обязательны.',
  errors: {
    required: 'Заполните это поле.',
    invalid_email: 'Введите адрес электронной почты, например name@example.com.',
    invalid_phone: 'Введите номер телефона: только цифры, пробелы и + ( ) -.',
    invalid_date: 'Введите существующую дату.',
    too_long: 'Слишком длинный текст. Пожалуйста, сократите его.',
    too_many: 'Слишком много имён. Укажите самые важные.',
    disclaimer: 'Отметьте, что вы прочитали уведомление.',
    disclaimer_outdated: 'Уведомление только что обновилось. Прочитайте его и отметьте ещё раз.',
    unknown_option: 'Выберите один из вариантов.',
    invalid: 'Проверьте этот ответ.',
  },
  errorSummary: (count) =>
    `${plural('ru', count, { one: 'Найдена', few: 'Найдены', other: 'Найдено' })} ${count} ${plural('ru', count, { one: 'ошибка', few: 'ошибки', other: 'ошибок' })} в ответах.`,
  within: ({ amount, unit }) => {
    const nouns = {
      hour: plural('ru', amount, { one: 'часа', other: 'часов' }),
      businessDay: plural('ru', amount, { one: 'рабочего дня', other: 'рабочих дней' }),
      day: plural('ru', amount, { one: 'дня', other: 'дней' }),
    };
    return `в течение ${amount} ${nouns[unit]}`;
  },
  intake: {
    title: 'Расскажите о вашем деле',
    contacting: (name: string) => `Ваше сообщение получит ${name}.`,
    labels: {
      name: 'Имя и фамилия',
      email: 'Электронная почта',
      phone: 'Телефон',
      contactMethod: 'Как с вами связаться?',
      practiceArea: 'С чем вам нужна помощь?',
      jurisdiction: 'Где это происходит?',
      description: 'Что случилось?',
      adverseParties: 'Другие участники',
      relatedParties: 'Связанные лица',
      deadline: 'Срок или дата суда',
      referral: 'Как вы о нас узнали?',
    },
    hints: {
      phone: 'Укажите код страны, если вы находитесь за границей.',
      jurisdiction: 'Город, регион или страна.',
      description: 'Достаточно краткого описания. Не пишите того, что сказали бы только своему адвокату.',
      adverseParties: 'Люди или компании на другой стороне — чтобы мы проверили конфликт интересов.',
      relatedParties: 'Другие лица, связанные с делом, например супруг или деловой партнёр.',
      deadline: 'Только если он есть.',
    },
    contactMethods: { email: 'Эл. почта', phone: 'Телефон', either: 'Любой способ' },
    yesNo: { yes: 'Да', no: 'Нет' },
    choose: 'Выберите',
    partyName: (n) => `Имя ${n}`,
    addParty: 'Добавить имя',
    removeParty: (n) => `Удалить имя ${n}`,
    disclaimerTitle: 'Прочитайте перед отправкой',
    disclaimerAccept: 'Я прочитал(а) и принимаю это уведомление.',
    submit: 'Отправить заявку',
    sending: 'Отправляем заявку…',
    offline: 'Нет подключения к интернету — мы отправим заявку, как только оно появится.',
    unreachable: 'Сейчас не удаётся связаться с фирмой — мы продолжаем попытки.',
    sentTitle: 'Спасибо — мы получили вашу заявку',
    reference: 'Номер вашей заявки',
    expect: (within) => `Мы ответим вам ${within}.`,
    failedTitle: 'Заявка не отправлена',
    failedBody: 'Попробуйте ещё раз через минуту или свяжитесь с нами напрямую.',
    callUs: 'Позвоните нам:',
    emailUs: 'Напишите нам:',
    limitedTitle: 'Заявка пока не отправлена',
    limited: (minutes) =>
      `С вашего подключения пришло слишком много заявок. Попробуйте снова через ${minutes} ${plural('ru', minutes, { one: 'минуту', few: 'минуты', other: 'минут' })} — ваши ответы сохранены.`,
    honeypot: 'Оставьте это поле пустым',
  },
};

export default ru;
