/**
 * Turns text into search terms for the FAQ index, the same way for entries and questions:
 * `Intl.Segmenter` word boundaries (it splits Chinese into words, which whitespace cannot),
 * lower case, stop words dropped, and a light suffix-stripping stemmer for English and Russian
 * so "wills"/"will" and "развода"/"развод" meet. Typos are left to the search's fuzzy matching.
 *
 * @example
 *   searchTerms('Сколько стоит развод?') // ['сколько', 'сто', 'развод'] (stems)
 */

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Words that say nothing about the topic. Question words stay out too: every visitor question has them. */
const stopWords = new Set(
  [
    // English
    'a an the and or but if of to in on at by for from with about as into is are was were be been being am do does',
    'did doing have has had having i me my we our us you your he she it its they them their this that these those',
    'what which who whom how when where why can could would shall may might must there here than then so',
    'any some all not no yes please hi hello get got just also up out very really much many',
    // "Do you handle X?", "can you help with X": the verb says nothing, X is the topic.
    'handle handles handling help helps offer offers provide provides deal deals',
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от',
    'меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам',
    'ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтобы без будто чего',
    'раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем',
    'чтоб нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через',
    'эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя',
    'такой им более всегда конечно всю между вы мне меня ли здравствуйте пожалуйста',
    // Chinese (particles and pronouns the segmenter returns as words)
    '的 了 吗 呢 吧 啊 是 我 你 您 他 她 它 我们 你们 在 和 与 及 或 也 都 就 请 问 一下 一个 这 那 个 有 要 会 能 可以 怎么 什么 如何 请问',
  ]
    .join(' ')
    .split(/\s+/),
);

const russianEndings = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иях',
  'ость',
  'ости',
  'ться',
  'тся',
  'ешь',
  'ишь',
  'ете',
  'ите',
  'ает',
  'яет',
  'ует',
  'ют',
  'ут',
  'ат',
  'ят',
  'ет',
  'ит',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ой',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ей',
  'ую',
  'юю',
  'ть',
  'ти',
  'ия',
  'ие',
  'ию',
  'ии',
  'а',
  'я',
  'ы',
  'и',
  'о',
  'е',
  'у',
  'ю',
  'ь',
  'й',
];

const englishEndings: [string, string][] = [
  ['ational', 'ate'],
  ['ization', 'ize'],
  ['ies', 'y'],
  ['ing', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
  ['ly', ''],
];

/** A light stemmer: strip one common ending, keep at least three letters. */
export function stem(word: string): string {
  if (/[а-яё]/.test(word)) {
    const w = word.replace(/ё/g, 'е');
    for (const ending of russianEndings) {
      if (w.endsWith(ending) && w.length - ending.length >= 3) return w.slice(0, -ending.length);
    }
    return w;
  }
  if (/^[a-z]+$/.test(word) && word.length > 4) {
    for (const [ending, replacement] of englishEndings) {
      if (word.endsWith(ending) && word.length - ending.length >= 3 && !word.endsWith('ss')) {
        return word.slice(0, -ending.length) + replacement;
      }
    }
  }
  return word;
}

/** Lower-cased words of `text`, stop words included (the advice check reads them). */
export function words(text: string): string[] {
  const found: string[] = [];
  for (const part of segmenter.segment(text.normalize('NFKC').toLocaleLowerCase())) {
    if (part.isWordLike) found.push(part.segment.replace(/['’]s$/, ''));
  }
  return found;
}

/** The terms a text is indexed and searched by. */
export function searchTerms(text: string): string[] {
  return words(text)
    .filter((word) => !stopWords.has(word))
    .map(stem);
}

/** Case, punctuation and spacing folded: groups the same unanswered question asked several ways. */
export function normaliseQuestion(text: string): string {
  return words(text).join(' ');
}
