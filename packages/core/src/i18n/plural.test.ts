import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

const minutes = { one: 'минуту', few: 'минуты', other: 'минут' };

describe('plural', () => {
  it('picks the Russian form by the language rules, teens included', () => {
    const forms = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1000].map((n) => `${n} ${plural('ru', n, minutes)}`);
    expect(forms).toEqual([
      '1 минуту',
      '2 минуты',
      '4 минуты',
      '5 минут',
      '11 минут',
      '12 минут',
      '14 минут',
      '21 минуту',
      '22 минуты',
      '25 минут',
      '101 минуту',
      '111 минут',
      '1000 минут',
    ]);
  });

  it('falls back to `other` for a category not given', () => {
    expect(plural('ru', 3, { one: 'часа', other: 'часов' })).toBe('часов');
    expect(plural('ru', 0, minutes)).toBe('минут');
  });

  it('follows English and Chinese rules too', () => {
    expect(plural('en', 1, { one: 'minute', other: 'minutes' })).toBe('minute');
    expect(plural('en', 2, { one: 'minute', other: 'minutes' })).toBe('minutes');
    expect(plural('zh', 1, { other: '分钟' })).toBe('分钟');
  });
});
