import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileLanguages, messageLoader } from './message-loader.ts';

const en = { hello: 'Hello' };
const ru = { hello: 'Здравствуйте' };

afterEach(() => vi.restoreAllMocks());

describe('messageLoader', () => {
  it('returns English at once, other languages from their file, either folder layout', async () => {
    const load = messageLoader('test', en, { './ru.ts': async () => ({ default: ru }) });
    expect(await load('en')).toBe(en);
    expect(await load('ru')).toBe(ru);
    const nested = messageLoader('test', en, { './messages/ru.ts': async () => ({ default: ru }) });
    expect(await nested('ru')).toBe(ru);
    expect(
      fileLanguages({
        './messages/ru.ts': async () => ({ default: ru }),
        './messages/zh.ts': async () => ({ default: ru }),
      }),
    ).toEqual(['en', 'ru', 'zh']);
  });

  it('falls back to English for a language without a file', async () => {
    const load = messageLoader('test', en, { './ru.ts': async () => ({ default: ru }) });
    expect(await load('zh')).toBe(en);
  });

  it('falls back to English, with a warning naming the widget, when a file cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = messageLoader('faq', en, {
      './ru.ts': () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    expect(await load('ru')).toBe(en);
    expect(warn).toHaveBeenCalledWith(
      '[retainer] faq: could not load the "ru" messages; using English',
      expect.any(TypeError),
    );
  });
});
