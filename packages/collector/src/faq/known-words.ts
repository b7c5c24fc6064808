/**
 * Whether a word is a real English or Russian word, so the FAQ's typo corrector only corrects misspellings:
 * "hire" stays "hire" instead of becoming "fire", "part" does not become "park" (issue 20). The word lists are
 * the Hunspell dictionaries of the `dictionary-en` and `dictionary-ru` packages, read on the first question
 * that needs them and kept as sorted word lists packed in one string each; a word is looked up by its stem.
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

/**
 * Sorted words packed in one string ("a\nab\n…") with where each starts: a tenth of the memory of an array of
 * 140 000 strings.
 */
type Packed = { text: string; starts: Uint32Array };
/** A dictionary's entries, lower-cased and sorted: common words, and names (capitalised entries: places, people). */
type WordList = { common: Packed; names: Packed };

function pack(words: string[]): Packed {
  words.sort();
  const starts = new Uint32Array(words.length);
  let at = 0;
  words.forEach((word, i) => {
    starts[i] = at;
    at += word.length + 1;
  });
  return { text: words.join('\n'), starts };
}

function wordAt(list: Packed, i: number): string {
  const start = list.starts[i] as number;
  const end = list.text.indexOf('\n', start);
  return list.text.slice(start, end < 0 ? list.text.length : end);
}

function loadWordList(pkg: 'dictionary-en' | 'dictionary-ru'): WordList {
  const common: string[] = [];
  const names: string[] = [];
  let text: string;
  try {
    text = readFileSync(join(dirname(require.resolve(pkg)), 'index.dic'), 'utf8');
  } catch {
    return { common: pack(common), names: pack(names) }; // Without the list every unknown word may be corrected, as before it existed.
  }
  // First line: the entry count; then `word/FLAGS` per line. Read without splitting the file into an array
  // first: the Russian list has 146 000 lines, and the collector's memory budget is tight.
  const letters = /^[a-zа-я]+$/;
  for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    at = end < 0 ? text.length : end + 1;
    const slash = line.indexOf('/');
    const entry = (slash < 0 ? line : line.slice(0, slash)).trim();
    const word = entry.toLowerCase().replace(/ё/g, 'е');
    if (letters.test(word)) (entry.toLowerCase() === entry ? common : names).push(word);
  }
  return { common: pack(common), names: pack(names) };
}

function lowerBound(list: Packed, key: string): number {
  let lo = 0;
  let hi = list.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wordAt(list, mid) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether an entry of the list has this stem. Stems are (nearly) prefixes of their words — Porter turns a
 * final y into i ("happi") — so only entries starting with the stem, or with the stem less its last letter,
 * are stemmed: no list is stemmed whole (that took seconds for Russian's 146 000 entries).
 */
function hasStem(list: Packed, stemmed: string, stem: Stemmer): boolean {
  const prefixes = stemmed.length > 3 ? [stemmed, stemmed.slice(0, -1)] : [stemmed];
  for (const prefix of prefixes) {
    let checked = 0;
    for (let i = lowerBound(list, prefix); i < list.starts.length && checked < 400; i++, checked++) {
      const entry = wordAt(list, i);
      if (!entry.startsWith(prefix)) break;
      if (stem(entry) === stemmed) return true;
    }
  }
  return false;
}

let english: WordList | undefined;
let russian: WordList | undefined;

function listFor(word: string): WordList | undefined {
  if (/^[a-z]+$/.test(word)) {
    english ??= loadWordList('dictionary-en');
    return english;
  }
  if (/^[а-я]+$/.test(word)) {
    russian ??= loadWordList('dictionary-ru');
    return russian;
  }
  return undefined;
}

/** True when the word's stem (by the same stemmer the index uses) is a dictionary word's stem. */
export function isKnownWord(word: string, stem: Stemmer): boolean {
  const list = listFor(word);
  if (!list) return false;
  const stemmed = stem(word);
  return hasStem(list.common, stemmed, stem) || hasStem(list.names, stemmed, stem);
}

/**
 * True when a stem is only a name's in the dictionaries ("manchest", "бостон", "ny"): a place or a person a
 * question mentions in passing, not what it is about. "Bill" and "May" are common words too, so no names.
 */
export function isNameStem(stemmed: string, stem: Stemmer): boolean {
  const list = listFor(stemmed);
  if (!list) return false;
  return hasStem(list.names, stemmed, stem) && !hasStem(list.common, stemmed, stem);
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
