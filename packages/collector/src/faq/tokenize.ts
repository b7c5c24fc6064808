/**
 * Turns text into search terms for the FAQ index, the same way for entries and questions (issue 20):
 * - English and Russian: `Intl.Segmenter` words, chat spellings undone ("u" → "you"), typos corrected against
 *   the index's own words when a corrector is given, Snowball stems (`@orama/stemmers`);
 * - Chinese: the lay-term lexicon matched as substrings, the rest split by `Intl.Segmenter` (ICU's dictionary);
 * - then the lay-term phrases (lay-terms.ts) become concept terms (`#divorce`), so a question and an entry
 *   meet across wordings and languages; other words that say something stay as stems.
 *
 * @example
 *   searchTerms('Сколько стоит развод?') // ['#cost', '#divorce']
 *   searchTerms('got let go from my job') // ['#dismissal', '#employment']
 */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { createHomophoneReader } from './homophones.ts';
import { isKnownWord, stopWordsOf } from './known-words.ts';
import { layConcepts } from './lay-terms.ts';

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
const chineseSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words that say nothing about the topic; question words go too (lay-term phrases still see them). */
const ownStopWords = new Set(
  [
    // English
    'a an the and or but if of to in on at by for from with about as into is are was were be been being am do does',
    'did doing done have has had having i me my we our us you your he she it its they them their this that these those',
    'what which who whom how when where why can could would shall may might must there here than then so will',
    'any some all not no yes please hi hello hey get got just also up out very really much many more most',
    'handle handles handling help helps offer offers provide provides deal deals',
    'solicitor solicitors barrister barristers lawyers attorneys guys folks thanks thank question questions know want wanted need needs like wondering wonder tell let ok okay',
    'someone somebody anyone anybody anything something thing things one lot bit kind sort etc im ive dont doesnt',
    'firm firms lawyer lawyers attorney attorneys law legal service services case cases matter usually normally',
    'generally typically actually maybe possible possibly go going come coming make makes made take takes say says',
    'hmm um uh well still even ever though because since while only own other another each every such same',
    'whats hows wheres whens thats theres ive id youre theyre cant wont isnt arent didnt better best small big',
    'vs versus which supposed right stuff anyway basically currently soon way ways office offices meet meeting meetings',
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от',
    'меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам',
    'ведь там потом себя ничего ей может они тут есть надо ней для мы тебя их чем была сам чтобы без будто чего',
    'раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем',
    'чтоб нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через',
    'эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя',
    'такой им более всегда конечно всю между здравствуйте пожалуйста добрый день привет спасибо подскажите скажите',
    'вопрос хочу хотел хотела хотим нужно нужен нужна могу можете ваш ваша ваши вашей вашем юрист юристы адвокат',
    'адвокаты фирма фирмы компанией услуги дело деле помочь помогаете помогает занимаетесь делаете обычно примерно',
    'мои мою моего моей свой свои это вообще какие каков какова также ещё просто очень ли офис офиса офисе',
    // Chinese (particles and pronouns the segmenter returns as words)
    '的 了 吗 呢 吧 啊 是 我 你 您 他 她 它 我们 你们 在 和 与 及 或 也 都 就 请 问 一下 一个 这 那 个 有 要 会 能',
    '可以 怎么 什么 如何 请问 多少 哪 是否 是不是 有没有 需要 能不能 可不可以 这个 那个 如果 因为 所以 但是 还是',
    '已经 自己 大概 一般 律师 律所 事务所 想 想要 知道 问题 帮 帮忙 帮助 处理 办 做 吗？ 您好 你好 谢谢 麻烦',
    '办公室 我在 我想 我能 我可以 哪里 哪儿 贵所 你们的 我的 我们的 一些 现在 还 么 呀 哦 嗯 就是 应该 到底 多 大 给 对 让 被 把 从 跟 说 看 用',
    // Meeting, talking, a website, friends who recommended the firm: how people ask, not what about.
    '见面 见个面 聊聊 聊一聊 谈一谈 一份 一遍 之前 之后 以前 以后 不想 的话 朋友 推荐 网站 想问问 问问 想问',
    'ведете ведет беретесь 办公 live lives away 方便 скольки сайт сайте сайта оставил оставила оставить посоветовали порекомендовали знакомые website site recommended',
    // Talking about it, the law in general, and "when" words: how a question is put, not what it is about.
    'talk talking chat chatting discuss discussing explain explained law laws today tomorrow tonight now',
    'обсудить обсуждать поговорить объяснить закон закону законно законный легально завтра сегодня встретиться встреча встречу',
    'поможете помогите помогают помощь узнать обязательно заранее провести проводите проводить проводят 代理 代表 必须',
    '聊 聊一下 沟通 讨论 法律 合法 违法 明天 今天 什么时候 我不 一定 进去 进得去 管吗 你们管',
    // Where the visitor lives is a detail, as the place after it is ("我住在布里斯班").
    '住在 我住在 住 人在 我人在',
    // How and when a thing is done, not what it is: in writing, beforehand, formally, specially, getting it through.
    '书面 事先 提前 正式 专门 特意 特地 下来 过去 回来 委托 方式 那种 只能 没有',
    // Who is who in a story, and not knowing: "他是澳洲公民", "不知道可不可以".
    '他是 她是 我是 这是 那是 不知道 不清楚 不太清楚 不确定 了解 了解一下 出了',
  ]
    .join(' ')
    .split(/\s+/),
);
let allStopWords: Set<string> | undefined;
/**
 * Ours and the general lists (stopwords-iso): the filler of a long story ("stuff", "whole", "между нами") is no
 * topic. Lay-term phrases are matched before stop words go, so "free" or "open" still say #free and #hours.
 * Read on the first text tokenized, not when the collector starts (its memory under ingest stays as it was).
 */
function isStopWord(word: string): boolean {
  if (!allStopWords) {
    allStopWords = ownStopWords;
    for (const w of stopWordsOf(['en', 'ru', 'zh'])) allStopWords.add(fold(w));
  }
  return allStopWords.has(word);
}

/** Chat spellings and abbreviations, undone before anything else. */
const chatWords: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  y: 'why',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  wat: 'what',
  wht: 'what',
  hw: 'how',
  '1st': 'first',
  abt: 'about',
  w: 'with',
  b4: 'before',
  bc: 'because',
  cuz: 'because',
  ppl: 'people',
  msg: 'message',
  appt: 'appointment',
  atty: 'attorney',
  info: 'information',
  gf: 'girlfriend',
  bf: 'boyfriend',
  sat: 'saturday',
  sun: 'sunday',
  wknd: 'weekend',
  hr: 'hour',
  hrs: 'hours',
  mo: 'month',
  yr: 'year',
  yrs: 'years',
  biz: 'business',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  yall: 'you',
  ya: 'you',
  hv: 'have',
  thru: 'through',
  tho: 'though',
  rn: 'now',
  n: 'and',
  idk: 'dont know',
  lol: '',
  скока: 'сколько',
  че: 'что',
  шо: 'что',
  скоко: 'сколько',
  щас: 'сейчас',
};

/** "will" the noun ("a will", "my will"), not the verb: English's one ambiguous legal word. */
const beforeNounWill = new Set(
  'a my the your his her their our no without simple basic standard valid handwritten proper joint mirror new make making write writing draft drafting update contest need living'.split(
    ' ',
  ),
);

/**
 * The noun "will" becomes "testament", in questions and lexicon phrases alike ("without a will"): after a word
 * that comes before nouns, or ending the question ("contest my fathers will").
 */
function nounWillAsTestament(ws: string[]): string[] {
  // "at will" (employment) is neither the verb nor a testament: it stays "will", in the lexicon and questions alike.
  const isNoun = (i: number) =>
    ws[i - 1] !== 'at' && (beforeNounWill.has(ws[i - 1] ?? '') || (i > 0 && i === ws.length - 1));
  return ws.map((w, i) => (w === 'wills' || (w === 'will' && isNoun(i)) ? 'testament' : w));
}

export type Language = 'en' | 'ru' | 'zh';

const han = /\p{Script=Han}/u;
const cyrillic = /[а-яё]/;

/** The script a text is written in: Chinese, Russian, else English. */
export function scriptOf(text: string): Language {
  const chinese = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const russian = (text.match(/[а-яё]/gi) ?? []).length;
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  if (chinese > 0 && chinese * 2 >= russian && chinese * 2 >= latin) return 'zh';
  if (russian > latin) return 'ru';
  return 'en';
}

/**
 * Words the stemmers fold into another word's stem: "even" is not "evening" (#hours), "closing" (a house sale)
 * not "close" (the office closes), "долго" (long) not "долг" (a debt).
 */
const ownStems: Record<string, string> = {
  evening: 'evening',
  evenings: 'evening',
  closing: 'closing',
  closings: 'closing',
  долго: 'долго',
  долгой: 'долго',
  долгая: 'долго',
};

export function stem(word: string): string {
  const own = Object.hasOwn(ownStems, word) ? ownStems[word] : undefined;
  if (own) return own;
  // "фиксированая" for фиксированная, "длиный" for длинный: Russian's commonest misspelling, one н for two.
  if (cyrillic.test(word)) return russianStem(word.replace(/ё/g, 'е').replace(/нн/g, 'н'));
  if (/^[a-z]+$/.test(word)) return word.length > 3 ? englishStem(word) : word;
  return word;
}

/** Folds case, width, ё and apostrophes: "Doesn’t" → "doesnt". */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2');
}

/** Lower-cased words of `text`, stop words included (the advice check reads them). */
export function words(text: string): string[] {
  const found: string[] = [];
  for (const part of segmenter.segment(fold(text))) {
    if (part.isWordLike) found.push(part.segment);
  }
  return found;
}

/** Corrects a misspelt word to one the index knows, or returns it unchanged. */
export type Corrector = (word: string) => string;

/** What a phrase stands for: its concept term and its parent's ("#speeding", "#traffic"); none for context. */
type Phrase = { concept: string[]; stems: string[] };
type ChinesePhrase = { concept: string[]; text: string };

const phrasesByFirst = new Map<string, Phrase[]>();
const chinesePhrases: ChinesePhrase[] = [];
/** Every English and Russian word of the lexicon: the typo corrector's vocabulary starts with them. */
export const lexiconWords = new Set<string>();

for (const concept of layConcepts) {
  // Context phrases are matched like the others and leave no term.
  const term = concept.kind === 'context' ? [] : [`#${concept.id}`, ...(concept.parent ? [`#${concept.parent}`] : [])];
  for (const phrase of [...concept.en, ...concept.ru]) {
    const ws = nounWillAsTestament(words(phrase));
    for (const w of ws) lexiconWords.add(w);
    const stems = ws.map(stem);
    const first = stems[0];
    if (!first) continue;
    const list = phrasesByFirst.get(first) ?? [];
    list.push({ concept: term, stems });
    phrasesByFirst.set(first, list);
  }
  for (const text of concept.zh) chinesePhrases.push({ concept: term, text });
}
for (const list of phrasesByFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
chinesePhrases.sort((a, b) => b.text.length - a.text.length);
/** Chinese words that contain a lexicon term but mean something else ("告诉" is "tell", not "告" sue). */
const chinesePlace = /^\p{Script=Han}{1,3}[州市省国]$/u;
/** A span of time in Chinese numerals ("三年", "两个月", "一年半"): a detail, as "3 years" is in English. */
const chineseSpan = /^[一二两三四五六七八九十百几半\d]+(个)?(年|月|天|周|星期|小时|钟头)半?$/u;
/**
 * Cities and states abroad the way Chinese writes them, for a visitor's whereabouts ("人在纽约", "我住在布里斯班"):
 * a detail like the places `chinesePlace` spots, and a name the segmenter would cut into words ("布/里斯/班").
 */
const chinesePlaceNames = [
  '纽约 波士顿 洛杉矶 旧金山 三藩市 芝加哥 西雅图 休斯顿 休斯敦 费城 华盛顿 迈阿密 亚特兰大 达拉斯 拉斯维加斯',
  '圣地亚哥 圣何塞 硅谷 丹佛 底特律 凤凰城 奥斯汀 波特兰 匹兹堡 巴尔的摩 剑桥 伍斯特 普罗维登斯 昆西 牛顿市',
  '麻省 新泽西 康涅狄格 宾夕法尼亚 马萨诸塞 佛罗里达 德克萨斯 得克萨斯 新英格兰',
  '悉尼 墨尔本 布里斯班 珀斯 阿德莱德 堪培拉 黄金海岸 霍巴特 达尔文 新南威尔士 维多利亚 昆士兰 塔斯马尼亚',
  '伦敦 曼彻斯特 曼城 伯明翰 利物浦 利兹 谢菲尔德 诺丁汉 布里斯托 纽卡斯尔 卡迪夫 爱丁堡 格拉斯哥 贝尔法斯特 都柏林',
  '多伦多 温哥华 蒙特利尔 卡尔加里 奥克兰 惠灵顿 洛城',
  '北京 上海 广州 深圳 香港 澳门 台北 台湾 天津 重庆 成都 杭州 南京 武汉 西安',
  '澳洲 澳大利亚 新西兰 新加坡 欧洲 亚洲 北美',
]
  .join(' ')
  .split(' ');
/** "签…收费协议": signing the fee agreement is the fee agreement (#cost), not a contract to review. */
const signedFeeAgreement = /签(?:订|署)?([^签]{0,5}?)((?:收费|费用|付费|委托|律师费|服务)(?:协议|合同))/gu;
/** "流程怎么走" is how the process goes, not how to walk to the office. */
const processGoes = /((?:流程|程序|手续|步骤)\p{Script=Han}{0,3}?)怎么走/gu;
const chineseMasks = ['大概', '请问', '告诉', '报告', '广告', '公告', '警告', '快递', '快乐', '审判'];

/**
 * A phrase matches in order, each next word within three words of the previous, skipping only filler: "подать
 * на него в суд" is "подать в суд", "как взыскать долг" is not "как долго".
 */
function matchAt(stems: string[], filler: boolean[], start: number, phrase: Phrase): number[] | undefined {
  const at = [start];
  let pos = start;
  for (let k = 1; k < phrase.stems.length; k++) {
    let found = -1;
    for (let j = pos + 1; j <= Math.min(pos + 3, stems.length - 1); j++) {
      if (stems[j] === phrase.stems[k]) {
        found = j;
        break;
      }
      if (!filler[j]) break;
    }
    if (found < 0) return undefined;
    at.push(found);
    pos = found;
  }
  return at;
}

function latinTerms(text: string, correct: Corrector | undefined, out: string[]): void {
  // Own keys only: a visitor's "constructor" or "__proto__" is a word, not the object's prototype (a 500 before).
  const raw = words(text).map((w) => (Object.hasOwn(chatWords, w) ? (chatWords[w] as string) : w));
  const expanded = raw.flatMap((w) => w.split(' ')).filter(Boolean);
  const fixed = nounWillAsTestament(expanded).map((w) => {
    if (!correct || isStopWord(w) || lexiconWords.has(w) || /\d/.test(w)) return w;
    return correct(w);
  });
  const stems = fixed.map(stem);
  const filler = fixed.map((w) => isStopWord(w));
  // Every phrase found anywhere, the longest kept first, then the one with fewer gaps: "what's the time limit"
  // is a time limit, not "what time".
  const found: { at: number[]; concept: string[] }[] = [];
  stems.forEach((first, i) => {
    for (const phrase of phrasesByFirst.get(first) ?? []) {
      const at = matchAt(stems, filler, i, phrase);
      if (at) found.push({ at, concept: phrase.concept });
    }
  });
  const span = (at: number[]) => (at.at(-1) as number) - (at[0] as number);
  found.sort(
    (a, b) => b.at.length - a.at.length || span(a.at) - span(b.at) || (a.at[0] as number) - (b.at[0] as number),
  );
  const used = new Array<boolean>(stems.length).fill(false);
  const kept: typeof found = [];
  for (const match of found) {
    if (match.at.some((j) => used[j])) continue;
    for (const j of match.at) used[j] = true;
    kept.push(match);
  }
  kept.sort((a, b) => (a.at[0] as number) - (b.at[0] as number));
  for (const match of kept) out.push(...match.concept);
  stems.forEach((s, i) => {
    const word = fixed[i] as string;
    if (!used[i] && !isStopWord(word) && !isStopWord(s) && word.length > 1) out.push(s);
  });
}

let undoHomophones: ((run: string) => string) | undefined;

function chineseTerms(run: string, out: string[]): void {
  undoHomophones ??= createHomophoneReader(
    chinesePhrases.map((p) => p.text),
    (char) => isStopWord(char),
  );
  let rest = run;
  for (const place of chinesePlaceNames) rest = rest.split(place).join('　');
  rest = undoHomophones(rest).replace(signedFeeAgreement, '$1$2').replace(processGoes, '$1');
  for (const mask of chineseMasks) rest = rest.split(mask).join('　');
  for (const { concept, text } of chinesePhrases) {
    if (!rest.includes(text)) continue;
    out.push(...concept);
    rest = rest.split(text).join('　');
  }
  // A word the dictionary lacks comes out as single characters ("房/源"): two or more in a row that are no
  // particles are read as one word, so that a question about something else is not a short one about an entry.
  let single = '';
  const flush = () => {
    if (single.length > 1) out.push(single);
    single = '';
  };
  for (const part of chineseSegmenter.segment(rest)) {
    const w = part.segment;
    if (w.length === 1 && part.isWordLike && han.test(w) && !isStopWord(w)) {
      single += w;
      continue;
    }
    flush();
    // A place ("麻州", "加州", "美国") is a detail, as English and Russian names are (known-words.ts).
    if (
      part.isWordLike &&
      w.length > 1 &&
      han.test(w) &&
      !isStopWord(w) &&
      !chinesePlace.test(w) &&
      !chineseSpan.test(w)
    )
      out.push(w);
  }
  flush();
}

/** The terms a text is indexed and searched by: concept terms (`#…`) and stems, in order, repeats kept. */
export function searchTerms(text: string, correct?: Corrector): string[] {
  const out: string[] = [];
  // Han runs and everything else take different paths; "H-1B 签证" has both.
  const parts = fold(text).split(/(\p{Script=Han}+)/u);
  for (const part of parts) {
    if (!part) continue;
    if (han.test(part)) chineseTerms(part, out);
    else latinTerms(part, correct, out);
  }
  return out;
}

/** Case, punctuation and spacing folded: the same question asked with other punctuation. */
export function normaliseQuestion(text: string): string {
  return words(text).join(' ');
}

/** Damerau–Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] as number[];
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * A typo corrector over a vocabulary: a word it does not know becomes the closest known word — one edit
 * for words of 3 to 7 letters (short words too: "fre" → "free", "wil" → "will"), two from 8 — when exactly
 * one word is closest; else the word stays. A real word the vocabulary lacks is no typo ("hire" is not
 * "fire"): `isReal` says which are (the dictionaries by default).
 */
export function createCorrector(
  vocabulary: Iterable<string>,
  isReal: (word: string) => boolean = (word) => isKnownWord(word, stem),
): Corrector {
  const byLength = new Map<number, string[]>();
  const known = new Set<string>();
  for (const word of vocabulary) {
    if (word.length < 3 || known.has(word) || /\d/.test(word)) continue;
    known.add(word);
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  const cache = new Map<string, string>();
  return (word) => {
    if (word.length < 3 || known.has(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    if (isReal(word)) {
      if (cache.size < 5000) cache.set(word, word);
      return word;
    }
    const max = word.length >= 8 ? 2 : 1;
    let bestDistance = max + 1;
    let nearest: string[] = [];
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of byLength.get(len) ?? []) {
        const d = editDistance(word, candidate, max);
        if (d < bestDistance) {
          bestDistance = d;
          nearest = [candidate];
        } else if (d === bestDistance) nearest.push(candidate);
      }
    }
    // Short words have many neighbours: only a single closest one is trusted — or, among ties, the single
    // one the word is the word with letters left out ("wher" → "where", not "when"), the commonest chat typo.
    const dropped = nearest.filter((candidate) => isSubsequence(word, candidate));
    const pick = nearest.length === 1 || word.length >= 6 ? nearest[0] : dropped.length === 1 ? dropped[0] : undefined;
    const result = bestDistance <= max && pick !== undefined ? pick : word;
    if (cache.size < 5000) cache.set(word, result);
    return result;
  };
}

/** True when `short` is `long` with letters left out. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}
