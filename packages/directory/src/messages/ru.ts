import type { DirectoryMessages } from './en.ts';

const plural = (n: number, one: string, few: string, many: string) => {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

const ru: DirectoryMessages = {
  title: 'Наши юристы',
  loadFailed: 'Не удалось загрузить список юристов.',
  search: 'Поиск по имени',
  practice: 'Направление',
  language: 'Язык',
  office: 'Офис',
  any: 'Все',
  clear: 'Сбросить фильтры',
  count: (n) => `${n} ${plural(n, 'юрист', 'юриста', 'юристов')}`,
  noLawyers: 'Профили юристов ещё не опубликованы.',
  noMatch: 'Ни один юрист не подходит под эти фильтры.',
  viewProfile: (name) => `Профиль: ${name}`,
  close: 'Закрыть',
  yearsInPractice: (n) => `Практика: ${n} ${plural(n, 'год', 'года', 'лет')}`,
  languages: 'Языки',
  practiceAreas: 'Направления',
  offices: 'Офисы',
  admissions: 'Допуск к практике',
  education: 'Образование',
  certifications: 'Сертификаты',
  issuedBy: (issuer) => `выдан: ${issuer}`,
  testimonials: 'Отзывы клиентов',
  rating: (value, count) => `Оценка ${value.toFixed(1)} из 5, отзывов: ${count}`,
  lastVerified: (date) => `Профиль проверен ${date}`,
  contact: 'Связаться',
  book: 'Записаться на консультацию',
  email: 'Написать',
  phone: 'Позвонить',
  vcard: 'Сохранить контакт (vCard)',
  opensNewTab: '(откроется в новой вкладке)',
  languageNames: {
    en: 'английский',
    es: 'испанский',
    zh: 'китайский',
    ru: 'русский',
    fr: 'французский',
    pt: 'португальский',
    de: 'немецкий',
    it: 'итальянский',
    ar: 'арабский',
    ko: 'корейский',
    ja: 'японский',
    vi: 'вьетнамский',
    ht: 'гаитянский креольский',
    pl: 'польский',
    uk: 'украинский',
    hi: 'хинди',
  },
};

export default ru;
