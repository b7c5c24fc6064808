/**
 * Russian typed in Latin letters ("konsultaciya pervaya besplatnaya?", "chto delat") on a Russian page — a
 * phone without a Cyrillic keyboard (issue 20) — is read in Cyrillic, by the informal spellings people use
 * (zh, kh, ch, sh, shch, ya, yu, c for ц). Only when the widget says the page is Russian and the text's longer
 * words are not English: "where r u located" on a Russian page stays English.
 *
 * @example
 *   cyrillicFromLatin('razvod skolko stoit', 'ru') // 'развод сколько стоит'
 *   cyrillicFromLatin('how much is a divorce', 'ru') // unchanged
 */
import { isKnownWord } from './known-words.ts';
import { type Language, stem } from './tokenize.ts';

/** Longest first: "shch" before "sh" before "s". */
const letters: [string, string][] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['tsya', 'тся'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yo', 'е'],
  ['ye', 'е'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'ц'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'в'],
  ['x', 'кс'],
  ['y', 'ы'],
  ['z', 'з'],
  ["'", 'ь'],
];
const pattern = new RegExp(letters.map(([latin]) => latin).join('|'), 'g');
const cyrillicOf = new Map(letters);

function toCyrillic(word: string): string {
  return (
    word
      // "kakoy", "moy": y after a vowel, and before none, is й.
      .replace(/(?<=[aeiouy])y(?![aeiou])/g, 'j')
      .replace(pattern, (latin) => cyrillicOf.get(latin) ?? latin)
      // "kakoi", "moi": и after a vowel at a word's end is й.
      .replace(/([аеиоуыэюя])и(?![а-я])/g, '$1й')
  );
}

/** The English words a text's longer words are: few, when it is Russian in Latin letters. */
function looksEnglish(words: string[]): boolean {
  const long = words.filter((w) => w.length >= 3);
  if (long.length === 0) return true;
  const english = long.filter((w) => isKnownWord(w, stem)).length;
  return english * 2 >= long.length;
}

export function cyrillicFromLatin(text: string, askedIn: Language | undefined): string {
  if (askedIn !== 'ru' || /(?![a-z])\p{L}/iu.test(text) || !/[a-z]/i.test(text)) return text;
  const lower = text.toLowerCase();
  if (looksEnglish(lower.match(/[a-z']+/g) ?? [])) return text;
  return lower.replace(/[a-z']+/g, toCyrillic);
}
