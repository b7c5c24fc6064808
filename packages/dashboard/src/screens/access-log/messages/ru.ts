import type { AccessAction, AccessSubjectKind } from '@retainer/schema/admin';
import type { AccessLogMessages } from './en.ts';

const entries = (n: number) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11
      ? 'запись'
      : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
        ? 'записи'
        : 'записей';
  return `${n} ${word}`;
};

const actions: Record<AccessAction, string> = {
  'intake.listed': 'Просмотрел список заявок',
  'intake.viewed': 'Открыл заявку',
  'intake.exported': 'Выгрузил заявки (CSV)',
  'intake.erased': 'Удалил данные заявки',
  'intake.state_changed': 'Изменил статус заявки',
  'intake.assigned': 'Назначил заявку',
  'intake.note_added': 'Добавил заметку',
  'intake.replied': 'Ответил заявителю',
  'matter.listed': 'Просмотрел список дел',
  'matter.viewed': 'Открыл дело',
  'matter.created': 'Открыл новое дело',
  'matter.changed': 'Изменил дело',
  'matter.code_reissued': 'Выдал новый код доступа',
  'matter.closed': 'Закрыл дело',
  'matter.erased': 'Удалил данные дела',
  'person.viewed': 'Искал человека',
  'person.exported': 'Выгрузил данные человека',
  'person.erased': 'Удалил данные человека',
  'party.listed': 'Просмотрел стороны для проверки конфликтов',
  'party.imported': 'Импортировал стороны',
  'party.deleted': 'Удалил сторону',
  'email.listed': 'Просмотрел исходящие',
  'email.viewed': 'Открыл письмо',
  'survey.viewed': 'Читал приглашения или комментарии опроса',
  'faq.viewed': 'Читал вопросы посетителей к FAQ',
  'survey.changed': 'Изменил приглашения опроса',
  'signin.succeeded': 'Вошёл',
  'signin.failed': 'Неудачная попытка входа',
  signout: 'Вышел',
  'password.reset': 'Сбросил пароль',
  'member.invited': 'Пригласил коллегу',
  'member.invitation_revoked': 'Отозвал приглашение',
  'member.joined': 'Присоединился к команде',
  'member.removed': 'Удалил сотрудника',
  'member.role_changed': 'Изменил роль сотрудника',
  'settings.changed': 'Изменил настройки',
  'access_log.viewed': 'Читал журнал доступа',
  'access_log.exported': 'Выгрузил журнал доступа',
};

const subjects: Record<AccessSubjectKind, string> = {
  intake: 'Заявка',
  matter: 'Дело',
  person: 'Человек',
  party: 'Сторона',
  email: 'Письмо',
  survey: 'Опрос',
  member: 'Сотрудник',
  invitation: 'Приглашение',
  site: 'Сайт',
  firm: 'Фирма',
};

const ru: AccessLogMessages = {
  nav: 'Журнал доступа',
  title: 'Журнал доступа',
  description:
    'Кто открывал, выгружал, удалял или менял заявки, дела и данные людей, и кто входил и откуда. Записи называют документы по номеру, никогда по имени клиента. Страница видна только администраторам.',
  adminsOnly: 'Журнал доступа могут читать только администраторы.',
  filters: 'Фильтры',
  member: 'Сотрудник',
  anyMember: 'Любой',
  action: 'Действие',
  anyAction: 'Любое действие',
  subject: 'Номер или id',
  subjectHint: 'Номер заявки или дела (HV-FAM7-2026) или id.',
  from: 'С',
  to: 'По',
  apply: 'Применить фильтры',
  clear: 'Сбросить фильтры',
  download: 'Скачать CSV',
  results: (n, more) => `${more ? 'Последние: ' : ''}${entries(n)}`,
  tableCaption: 'Записи журнала доступа, сначала новые',
  columns: { when: 'Когда', who: 'Кто', action: 'Действие', subject: 'Документ', where: 'Откуда' },
  system: 'Система',
  formerMember: (name) => `${name} (бывший сотрудник)`,
  unknownMember: 'Неизвестный сотрудник',
  loadMore: 'Показать более ранние',
  emptyTitle: 'Записей пока нет',
  emptyBody: 'Записи появятся, как только кто-то войдёт, откроет заявку или что-то изменит.',
  emptyFilteredTitle: 'Нет записей по этим фильтрам',
  unknownPlace: 'Неизвестно',
  actions,
  subjects,
  retentionTitle: 'Хранить записи',
  retentionDays: 'Дней',
  retentionHint: 'От 90 дней до 10 лет (3650 дней). Более старые записи удаляет задача хранения.',
  retentionSave: 'Сохранить',
  retentionSaved: (days) => `Сохранено: записи хранятся ${days} дн.`,
  memberLink: (name) => `Записи журнала доступа: ${name}`,
  memberLinkShort: 'Журнал доступа',
};

export default ru;
