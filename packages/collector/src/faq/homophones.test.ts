/**
 * Chinese typed on a pinyin keyboard (issue 20): a wrong character of the right sound is read as the lexicon's
 * word; a sentence spelt right, or a sound-alike that would cut one of its words in two, stays as it is.
 */
import { describe, expect, it } from 'vitest';
import { createHomophoneReader, fuzzySound } from './homophones.ts';
import { searchTerms } from './tokenize.ts';

describe('homophone reader', () => {
  const particles = new Set(['的', '了', '吗', '要', '在', '是']);
  const read = createHomophoneReader(['咨询', '预约', '停车', '离婚', '律师费', '遗嘱', '合同', '抚养费', '费'], (ch) =>
    particles.has(ch),
  );

  it.each([
    ['想资讯一下', '想咨询一下'],
    ['明天能预越吗', '明天能预约吗'],
    ['附近好停侧吗', '附近好停车吗'], // ch/c folded, as southern accents and keyboards blur them
    ['里婚要多久', '离婚要多久'],
    ['绿师费怎么算', '律师费怎么算'],
    ['扶养费多少', '抚养费多少'], // "费" alone, a word of the lexicon, does not hold the run
  ])('reads %s as %s', (typed, meant) => {
    expect(read(typed)).toBe(meant);
  });

  it.each([
    '如何通过婚姻申请', // 何通 sounds like 合同 but cuts 如何 and 通过
    '我想咨询离婚', // spelt right
    '要在几天之内', // particles, no 要债
    '今天天气很好',
  ])('leaves %s as it is', (text) => {
    expect(read(text)).toBe(text);
  });

  it('folds the sounds keyboards blur', () => {
    expect(fuzzySound('zhi')).toBe('zi');
    expect(fuzzySound('ting')).toBe('tin');
    expect(fuzzySound('shang')).toBe('san');
  });

  it('gives the search the concept the visitor meant', () => {
    expect(searchTerms('第一次资讯收费吗')).toContain('#consultation');
    expect(searchTerms('怎么预越')).toContain('#book');
  });

  it('keeps a particle the word itself has', () => {
    const undo = createHomophoneReader(['离婚', '要债'], (char) => char === '离' || char === '在' || char === '要');
    expect(undo('离昏手续')).toBe('离婚手续');
    expect(undo('要在哪')).toBe('要在哪');
    expect(searchTerms('在加州离昏要多久')).toEqual(['#duration', '#divorce']);
  });
});
