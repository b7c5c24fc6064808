/**
 * Chinese typed on a pinyin keyboard picks the wrong character of the right sound: "资讯" for 咨询, "预越" for
 * 预约, "停侧" for 停车 (issue 20). A run of two to four characters that sounds like one of the lexicon's Chinese
 * words, and is not itself one, is read as that word. The sounds are the lexicon's own (homophones.data.ts,
 * generated), folded the way keyboards are forgiving (zh/z, ch/c, sh/s, -ng/-n): a few KB, looked up per question
 * in a handful of map reads.
 *
 * @example
 *   const undo = createHomophoneReader(['咨询', '预约']);
 *   undo('第一次资讯要钱吗') // '第一次咨询要钱吗'
 */
import { charactersBySound } from './homophones.data.ts';

/** A toneless syllable folded the way visitors' keyboards and accents blur it: "zhi" → "zi", "ting" → "tin". */
export function fuzzySound(syllable: string): string {
  return syllable.replace(/^([zcs])h/, '$1').replace(/ng$/, 'n');
}

let soundsOf: Map<string, string[]> | undefined;
function soundsOfChar(char: string): string[] | undefined {
  if (!soundsOf) {
    soundsOf = new Map();
    for (const [sound, chars] of Object.entries(charactersBySound))
      for (const ch of chars) soundsOf.set(ch, [...(soundsOf.get(ch) ?? []), sound]);
  }
  return soundsOf.get(char);
}

/** Every way a run of characters can sound (a character may have several readings), or none when one is unknown. */
function keysOf(run: string): string[] {
  let keys = [''];
  for (const ch of run) {
    const sounds = soundsOfChar(ch);
    if (!sounds) return [];
    keys = keys.flatMap((k) => sounds.map((s) => (k ? `${k} ${s}` : s)));
    if (keys.length > 16) return [];
  }
  return keys;
}

const minLength = 2;
const maxLength = 4;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Returns a function that writes the lexicon's words over their homophones in a run of Chinese. A sound-alike
 * only stands for a word where it cuts no word of the sentence in two ("如何通过" holds no 合同) and has no
 * particle in it other than one the word itself has ("要在" is no 要债, "离昏" is 离婚): `isParticle` says which
 * single characters are.
 */
export function createHomophoneReader(
  words: Iterable<string>,
  isParticle: (char: string) => boolean = () => false,
): (run: string) => string {
  const known = new Set<string>();
  const bySound = new Map<string, string>();
  for (const word of words) {
    known.add(word);
    if (word.length < minLength || word.length > maxLength) continue;
    for (const key of keysOf(word)) if (!bySound.has(key)) bySound.set(key, word);
  }
  return (run) => {
    // Characters already part of a word spelt right are kept: "我想咨询" is no homophone of anything.
    const kept = new Array<boolean>(run.length).fill(false);
    for (const word of known) {
      if (word.length < minLength) continue; // "费" alone does not keep "扶养费" from being 抚养费
      for (let at = run.indexOf(word); at >= 0; at = run.indexOf(word, at + 1))
        for (let k = at; k < at + word.length; k++) kept[k] = true;
    }
    // Where each multi-character word of the sentence (ICU's dictionary) starts and ends.
    const wordOf = new Array<number>(run.length).fill(-1);
    const ends: number[] = [];
    for (const part of segmenter.segment(run)) {
      if (part.segment.length < 2) continue;
      ends.push(part.index + part.segment.length);
      for (let k = part.index; k < part.index + part.segment.length; k++) wordOf[k] = ends.length - 1;
    }
    const cutsAWord = (from: number, to: number) => {
      const first = wordOf[from] as number;
      const last = wordOf[to - 1] as number;
      return (first >= 0 && from > 0 && wordOf[from - 1] === first) || (last >= 0 && ends[last] !== to);
    };
    let out = '';
    let i = 0;
    while (i < run.length) {
      let replaced = false;
      for (let len = Math.min(maxLength, run.length - i); len >= minLength && !replaced; len--) {
        if (kept.slice(i, i + len).some(Boolean) || cutsAWord(i, i + len)) continue;
        const part = run.slice(i, i + len);
        // A particle stays only where the word has that very character: "离昏" is 离婚 (离 is kept), "要在" no 要债.
        const word = keysOf(part)
          .map((k) => bySound.get(k))
          .find((w) => w !== undefined && [...part].every((ch, k) => !isParticle(ch) || w[k] === ch));
        if (word) {
          out += word;
          i += len;
          replaced = true;
        }
      }
      if (!replaced) {
        out += run[i];
        i++;
      }
    }
    return out;
  };
}
