/** Each language named in itself, so people find their own whatever the dashboard speaks. */
import type { Language } from '@retainer/schema';

export const languageNames: Record<Language, string> = { en: 'English', ru: 'Русский', zh: '中文' };
