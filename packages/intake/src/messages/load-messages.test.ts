import { languages } from '@retainer/schema';
import { describe, expect, it } from 'vitest';
import en from './en.ts';
import { loadIntakeMessages } from './load-messages.ts';

const keys = (messages: object): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value).map((k) => `${key}.${k}`) : [key],
  );

describe("the intake's message files", () => {
  it('exist for exactly the languages of the schema', () => {
    const files = Object.keys(import.meta.glob(['./*.ts', '!./load-messages.ts', '!./*.test.ts']));
    expect(files.map((path) => path.slice(2, -3)).sort()).toEqual([...languages].sort());
  });

  it('load for every language of the schema, with the same keys as English', async () => {
    for (const lang of languages) {
      const messages = await loadIntakeMessages(lang);
      // A language without its own file would get English itself.
      if (lang !== 'en') expect(messages).not.toBe(en);
      expect(keys(messages)).toEqual(keys(en));
    }
    expect((await loadIntakeMessages('ru')).intake.submit).toBe('Отправить заявку');
    expect((await loadIntakeMessages('zh')).intake.submit).toBe('发送');
  });

  it('count in Russian by its plural rules', async () => {
    const ru = await loadIntakeMessages('ru');
    expect(ru.errorSummary(1)).toBe('Найдена 1 ошибка в ответах.');
    expect(ru.errorSummary(3)).toBe('Найдены 3 ошибки в ответах.');
    expect(ru.errorSummary(11)).toBe('Найдено 11 ошибок в ответах.');
    expect(ru.within({ amount: 1, unit: 'businessDay' })).toBe('в течение 1 рабочего дня');
    expect(ru.within({ amount: 2, unit: 'hour' })).toBe('в течение 2 часов');
    expect(ru.intake.limited(21)).toContain('через 21 минуту');
  });
});
