/** Russian messages every widget shares. */
import type { Messages } from './en.ts';

const ru: Messages = {
  loadFailed: 'Не удалось загрузить форму.',
  loadFailedHint: 'Проверьте подключение к интернету и попробуйте ещё раз.',
  tryAgain: 'Попробовать ещё раз',
  supportReference: 'Номер для поддержки:',
};

export default ru;
