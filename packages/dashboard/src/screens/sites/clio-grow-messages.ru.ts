/** Clio Grow (issue 16), Russian. */
import type { ClioGrowMessages } from './clio-grow-messages.en.ts';

export const clioGrowRu: ClioGrowMessages = {
  title: 'Clio Grow',
  intro:
    'Передавайте заявки во входящие лиды Clio Grow, чтобы никто не перепечатывал их вручную. Сотрудник отправляет заявку с её страницы, или новые заявки уходят сами.',
  token: 'Токен входящих лидов (Lead Inbox)',
  tokenHint:
    'В Clio Grow: Settings → Integrations → Inbox token. Хранится в зашифрованном виде и больше не показывается; оставьте пустым, чтобы сохранить прежний.',
  configured: 'Подключено: токен сохранён.',
  notConfigured: 'Не подключено: токен не сохранён.',
  auto: 'Отправлять новые заявки в Clio Grow автоматически',
  autoHint:
    'Заявка уходит сама только после чистой проверки на конфликт интересов: сразу, если в реестре сторон нет совпадений; при совпадении — только после того, как сотрудник проверит его и снимет отметку на странице заявки. Подозрение на спам не отправляется никогда.',
  save: 'Сохранить Clio Grow',
  saved: 'Настройки Clio Grow сохранены.',
  disconnect: 'Удалить токен',
  disconnected: 'Clio Grow отключён: токен удалён.',
  panelNotConnected: 'Clio Grow не подключён для этого сайта. Администратор подключает его в настройках сайта.',
  send: 'Отправить в Clio Grow',
  sendAgain: 'Отправить в Clio Grow ещё раз',
  sending: 'Отправка…',
  queued: 'В очереди: заявка уйдёт в Clio Grow через мгновение.',
  autoOn: 'Новые заявки этого сайта уходят в Clio Grow автоматически после чистой проверки на конфликт.',
  conflict: {
    clear: 'Проверка на конфликт: совпадений в реестре сторон нет.',
    flagged:
      'Проверка на конфликт: возможный конфликт. Автоматически ничего не отправляется, пока сотрудник его не снимет.',
    cleared: (name, at) => `Проверку на конфликт снял(а) ${name}, ${at}.`,
  },
  clearConflict: 'Снять отметку о конфликте',
  clearedAnnounce: 'Отметка о конфликте снята.',
  pushes: 'Отправлено в Clio Grow',
  byHand: (name) => `Отправил(а) ${name}`,
  byItself: 'Отправлено автоматически',
  states: {
    queued: 'В очереди',
    sending: 'Отправляется',
    sent: 'Доставлено',
    retrying: 'Будет повтор',
    failed: 'Ошибка',
    held: 'Задержано',
  },
  fieldsSent: 'Переданные поля',
  fields: {
    from_first: 'имя',
    from_last: 'фамилия',
    from_message: 'сообщение',
    from_email: 'почта',
    from_phone: 'телефон',
    referring_url: 'страница',
    from_source: 'источник',
  },
  answer: (status) => `Ответ Clio Grow: ${status}`,
  attempts: (n) => {
    const mod10 = n % 10;
    const mod100 = n % 100;
    const word =
      mod10 === 1 && mod100 !== 11
        ? 'попытка'
        : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
          ? 'попытки'
          : 'попыток';
    return `${n} ${word}`;
  },
  nextAttempt: (at) => `Следующая попытка ${at}`,
  refresh: 'Обновить',
};
