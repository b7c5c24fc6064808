/**
 * The directory's English messages: the shape every language file follows, and the fallback.
 * Kept in this package (not core's files) so pages without a directory do not download them.
 */
const en = {
  title: 'Our lawyers',
  loadFailed: 'The list of lawyers could not be loaded.',
  search: 'Search by name',
  practice: 'Practice area',
  language: 'Language',
  office: 'Office',
  any: 'All',
  clear: 'Clear filters',
  count: (n: number) => (n === 1 ? '1 lawyer' : `${n} lawyers`),
  noLawyers: 'No lawyer profiles are published yet.',
  noMatch: 'No lawyer matches these filters.',
  viewProfile: (name: string) => `View profile of ${name}`,
  close: 'Close',
  yearsInPractice: (n: number) => (n === 1 ? '1 year in practice' : `${n} years in practice`),
  languages: 'Languages',
  practiceAreas: 'Practice areas',
  offices: 'Offices',
  admissions: 'Bar admissions',
  education: 'Education',
  certifications: 'Certifications',
  issuedBy: (issuer: string) => `issued by ${issuer}`,
  testimonials: 'What clients say',
  rating: (value: number, count: number) => `Rated ${value.toFixed(1)} out of 5 by ${count} clients`,
  lastVerified: (date: string) => `Profile last verified on ${date}`,
  contact: 'Contact',
  book: 'Book a consultation',
  email: 'Email',
  phone: 'Call',
  vcard: 'Save contact (vCard)',
  opensNewTab: '(opens in a new tab)',
  /** Names of the languages firms list most: building \`Intl.DisplayNames\` costs ~40 ms, a long task on load. */
  languageNames: {
    en: 'English',
    es: 'Spanish',
    zh: 'Chinese',
    ru: 'Russian',
    fr: 'French',
    pt: 'Portuguese',
    de: 'German',
    it: 'Italian',
    ar: 'Arabic',
    ko: 'Korean',
    ja: 'Japanese',
    vi: 'Vietnamese',
    ht: 'Haitian Creole',
    pl: 'Polish',
    uk: 'Ukrainian',
    hi: 'Hindi',
  } as Readonly<Record<string, string>>,
};

export type DirectoryMessages = typeof en;
export default en;
