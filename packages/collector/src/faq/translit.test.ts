/** Russian typed in Latin letters on a Russian page (issue 20): read in Cyrillic, and English left alone. */
import { describe, expect, it } from 'vitest';
import { buildFaqIndex } from './search-index.ts';
import { cyrillicFromLatin } from './translit.ts';

describe('Russian in Latin letters', () => {
  it.each([
    ['skolko stoit zaveshchanie', 'сколко стоит завещание'],
    ['gde nakhoditsya vash ofis', 'где находится ваш офис'],
    ['novyy dogovor arendy', 'новый договор аренды'],
    ['mozhno po telefonu?', 'можно по телефону?'],
    ['kakoy grafik raboty', 'какой график работы'],
  ])('reads %s as %s', (latin, cyrillic) => {
    expect(cyrillicFromLatin(latin, 'ru')).toBe(cyrillic);
  });

  it.each(['how much is a will', 'do u do wills', 'where is your office located', 'ok'])(
    'leaves English on a Russian page: %s',
    (text) => {
      expect(cyrillicFromLatin(text, 'ru')).toBe(text);
    },
  );

  it('only on a Russian page, and only text without Cyrillic', () => {
    expect(cyrillicFromLatin('skolko stoit', 'en')).toBe('skolko stoit');
    expect(cyrillicFromLatin('skolko stoit', undefined)).toBe('skolko stoit');
    expect(cyrillicFromLatin('сколько stoit', 'ru')).toBe('сколько stoit');
  });

  it('answers it as the Russian question, and hands own-case advice to a person', () => {
    const index = buildFaqIndex([
      {
        id: 'will-ru',
        site: 's',
        question: 'Сколько стоит завещание?',
        alternatives: ['цена завещания'],
        answer: 'Простое завещание стоит 500 долларов.',
        language: 'ru',
        sourceUrl: '/wills',
        lastReviewed: '2026-11-01',
        createdAt: 0,
        updatedAt: 0,
      },
    ]);
    const found = index.ask('skolko stoit zaveshchanie?', 'ru');
    expect(found).toMatchObject({ outcome: 'answered', lang: 'ru' });
    expect(found.hits[0]?.id).toBe('will-ru');
    expect(index.ask('nachalnik ne platit zarplatu uzhe mesyac, chto mne delat', 'ru').outcome).toBe('advice');
  });
});
