/**
 * Whether a word is a real English or Russian word, so the FAQ's typo corrector only corrects misspellings:
 * "hire" stays "hire" instead of becoming "fire", "part" does not become "park" (issue 20). The word lists are
 * the Hunspell dictionaries of the `dictionary-en` and `dictionary-ru` packages, read on the first question
 * that needs them and kept as Snowball stems only (the files themselves are not kept in memory).
 *
 * @example
 *   isKnownWord('hiring') // true: the stem of "hire", a dictionary word
 *   isKnownWord('divorse') // false: the corrector may fix it
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

type Stemmer = (word: string) => string;

type Stems = { words: Set<string>; names: Set<string> };

function loadStems(pkg: 'dictionary-en' | 'dictionary-ru', stem: Stemmer): Stems {
  const words = new Set<string>();
  const names = new Set<string>();
  let text: string;
  try {
    text = readFileSync(join(dirname(require.resolve(pkg)), 'index.dic'), 'utf8');
  } catch {
    return { words, names }; // Without the list every unknown word may be corrected, as before it existed.
  }
  // First line: the entry count; then `word/FLAGS` per line. Capitalised entries are names (places, people).
  for (const line of text.split('\n').slice(1)) {
    const entry = (line.split('/')[0] ?? '').trim().replace(/ё/g, 'е').replace(/Ё/g, 'Е');
    const word = entry.toLocaleLowerCase();
    if (!/^[a-zа-я]+$/.test(word)) continue;
    const stemmed = stem(word);
    words.add(stemmed);
    if (entry !== word) names.add(stemmed);
  }
  // "Bill", "May": also common words, so no names.
  for (const line of text.split('\n').slice(1)) {
    const entry = (line.split('/')[0] ?? '').trim().replace(/ё/g, 'е');
    if (/^[a-zа-я]+$/.test(entry)) names.delete(stem(entry));
  }
  return { words, names };
}

let english: Stems | undefined;
let russian: Stems | undefined;

function stemsFor(word: string, stem: Stemmer): Stems | undefined {
  if (/^[a-z]+$/.test(word)) return (english ??= loadStems('dictionary-en', stem));
  if (/^[а-я]+$/.test(word)) return (russian ??= loadStems('dictionary-ru', stem));
  return undefined;
}

/** True when the word's stem (by the same stemmer the index uses) is a dictionary word's stem. */
export function isKnownWord(word: string, stem: Stemmer): boolean {
  return stemsFor(word, stem)?.words.has(stem(word)) ?? false;
}

/**
 * True when a stem is only a name's in the dictionaries ("manchest", "бостон", "ny"): a place or a person a
 * question mentions in passing, not what it is about.
 */
export function isNameStem(stemmed: string, stem: Stemmer): boolean {
  return stemsFor(stemmed, stem)?.names.has(stemmed) ?? false;
}

/** The stopwords-iso lists of these languages (read once; the other languages' lists are not kept). */
export function stopWordsOf(languages: readonly string[]): string[] {
  try {
    const all = JSON.parse(readFileSync(require.resolve('stopwords-iso'), 'utf8')) as Record<string, string[]>;
    return languages.flatMap((language) => all[language] ?? []);
  } catch {
    return [];
  }
}
