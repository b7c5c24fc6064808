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

function loadStems(pkg: 'dictionary-en' | 'dictionary-ru', stem: Stemmer): Set<string> {
  const stems = new Set<string>();
  let text: string;
  try {
    text = readFileSync(join(dirname(require.resolve(pkg)), 'index.dic'), 'utf8');
  } catch {
    return stems; // Without the list every unknown word may be corrected, as before it existed.
  }
  // First line: the entry count; then `word/FLAGS` per line.
  for (const line of text.split('\n').slice(1)) {
    const word = (line.split('/')[0] ?? '').trim().toLocaleLowerCase().replace(/ё/g, 'е');
    if (/^[a-zа-я]+$/.test(word)) stems.add(stem(word));
  }
  return stems;
}

let english: Set<string> | undefined;
let russian: Set<string> | undefined;

/** True when the word's stem (by the same stemmer the index uses) is a dictionary word's stem. */
export function isKnownWord(word: string, stem: Stemmer): boolean {
  if (/^[a-z]+$/.test(word)) {
    english ??= loadStems('dictionary-en', stem);
    return english.has(stem(word));
  }
  if (/^[а-я]+$/.test(word)) {
    russian ??= loadStems('dictionary-ru', stem);
    return russian.has(stem(word));
  }
  return false;
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
