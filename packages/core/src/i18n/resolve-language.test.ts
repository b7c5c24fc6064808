import { languages } from '@retainer/schema';
import { describe, expect, it } from 'vitest';
import { loadMessages, messageLanguages } from './load-messages.ts';
import en from './messages/en.ts';
import { matchLanguage, resolveLanguage } from './resolve-language.ts';

function placeIn(lang: string | undefined) {
  const section = document.createElement('section');
  if (lang) section.setAttribute('lang', lang);
  const host = document.createElement('retainer-intake');
  section.append(host);
  return host;
}

describe('resolveLanguage', () => {
  it('prefers the widget setting, then the nearest lang attribute, then the browser, then English', () => {
    expect(resolveLanguage('zh', placeIn('ru'), ['ru'])).toBe('zh');
    expect(resolveLanguage(undefined, placeIn('ru-RU'), ['zh-CN'])).toBe('ru');
    expect(resolveLanguage(undefined, placeIn(undefined), ['de-DE', 'zh-Hans-CN', 'ru'])).toBe('zh');
    expect(resolveLanguage(undefined, placeIn('de'), ['fr', 'de'])).toBe('en');
  });

  it('skips settings it has no messages for', () => {
    expect(resolveLanguage('klingon', placeIn('ru'), [])).toBe('ru');
  });

  it('matches primary subtags case-insensitively', () => {
    expect(matchLanguage('ZH_tw')).toBe('zh');
    expect(matchLanguage('')).toBeUndefined();
  });
});

describe('message files', () => {
  it('exist for exactly the languages of the schema', () => {
    expect([...messageLanguages].sort()).toEqual([...languages].sort());
  });

  it('load per language, with the same keys as English', async () => {
    const keys = (messages: object): string[] =>
      Object.entries(messages).flatMap(([key, value]) =>
        value && typeof value === 'object' ? keys(value).map((k) => `${key}.${k}`) : [key],
      );
    for (const lang of languages) {
      const messages = await loadMessages(lang);
      expect(keys(messages)).toEqual(keys(en));
    }
    expect((await loadMessages('ru')).tryAgain).toBe('Попробовать ещё раз');
  });
});
