import type { FirmWorkMessages } from './en.ts';

const ru: FirmWorkMessages = {
  formerMember: (name) => `${name} (бывший сотрудник)`,
  lastSignIn: 'Последний вход',
  neverSignedIn: 'Ещё не входил(а)',
  makeAdmin: 'Сделать администратором',
  makeStaff: 'Сделать сотрудником',
  makeAdminLabel: (name) => `Сделать администратором: ${name}`,
  makeStaffLabel: (name) => `Сделать сотрудником: ${name}`,
  remove: 'Удалить',
  removeLabel: (name) => `Удалить из команды: ${name}`,
  removeTitle: (name) => `Удалить ${name}?`,
  removeBody:
    'Все сеансы этого человека сразу завершатся, войти снова он не сможет. Назначенные ему заявки, его заметки и сообщения останутся с пометкой «бывший сотрудник».',
  removeConfirm: 'Удалить из команды',
  removed: (name) => `${name} удалён(а) из команды.`,
  roleChanged: (name, role) => `${name}: теперь ${role}.`,
  lastAdmin: 'В фирме должен быть хотя бы один администратор: сначала назначьте другого.',
  openMatterTitle: 'Дело',
  openMatterHint: 'Откроет дело с этим клиентом, областью права, юристом и сторонами — ничего не нужно вводить заново.',
  openMatter: 'Открыть дело',
  openingMatter: 'Открываем…',
  matterLink: 'Перейти к делу',
  matterOpened: 'Дело открыто.',
  matterExists: 'По этой заявке дело уже открыто.',
  fromIntake: 'Открыто из',
  intakeLink: 'Заявка',
  parties: 'Стороны',
  partyKinds: { adverse: 'противная сторона', related: 'связанное лицо' },
};

export default ru;
