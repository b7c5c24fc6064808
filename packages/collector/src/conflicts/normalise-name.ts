/**
 * The matching key of a person's or company's name for the conflict check. Two names
 * conflict when their keys are equal. The key ignores case, accents, punctuation, word
 * order and common company suffixes; Chinese names compare without spaces (no
 * transliteration: `Иван Иванов` and `Ivan Ivanov` stay different).
 *
 * @example
 *   nameKey('Acme, L.L.C.') === nameKey('ACME Inc');        // true
 *   nameKey('García Márquez, José') === nameKey('Jose Garcia Marquez'); // true
 *   nameKey('王 小明') === nameKey('王小明');                 // true
 */

/** Legal-form words that say nothing about who the party is. Matched as whole tokens after normalising. */
const companySuffixes = new Set([
  'llc',
  'llp',
  'lllp',
  'pllc',
  'lp',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'plc',
  'pc',
  'pa',
  'gmbh',
  'ag',
  'kg',
  'ug',
  'mbh',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'as',
  'oy',
  'pty',
  'kk',
  'the',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  'нко',
]);

/** Chinese legal forms, longest first, stripped from the end of a Han-script name. */
const chineseSuffixes = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '公司', '集团'];

/** Letters NFKD does not decompose. */
const letterFolds: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const han = /\p{Script=Han}/u;

/** Case, compatibility forms (full-width letters), accents and the few letters NFKD leaves alone. */
function foldLetters(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => letterFolds[letter] ?? letter);
}

/** Words of a name: dots and apostrophes join (`L.L.C.` → `llc`, `O'Brien` → `obrien`), other punctuation splits. */
function tokens(folded: string): string[] {
  return folded
    .replace(/[.'’ʼ`´]/g, '')
    .split(/[\p{P}\p{S}\p{Z}\s]+/u)
    .filter(Boolean);
}

/** The matching key; an empty string when nothing identifying is left (such names never match). */
export function nameKey(name: string): string {
  const words = tokens(foldLetters(name));
  // Chinese is written without spaces; any spacing inside it is noise, and character order matters.
  const chinese = words.filter((word) => han.test(word)).join('');
  const others = words.filter((word) => !han.test(word));
  // "Smith & Jones", "Smith and Jones" and "Smith Jones" are the same firm.
  const kept = others.filter((word) => !companySuffixes.has(word) && word !== 'and');
  // A name made only of suffix words ("The Company") is kept as it is rather than matching everything.
  const latin = (kept.length > 0 || chinese ? kept : others).sort();
  const parts = chinese ? [...latin, stripChineseSuffix(chinese)] : latin;
  return parts.join(' ');
}

function stripChineseSuffix(name: string): string {
  for (const suffix of chineseSuffixes) {
    if (name.length > suffix.length && name.endsWith(suffix)) return name.slice(0, -suffix.length);
  }
  return name;
}
