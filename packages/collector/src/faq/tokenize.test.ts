/**
 * The FAQ tokenizers and lay-term lexicon (issue 20): English and Russian stems (Snowball), Chinese
 * segmentation, concepts shared across wordings and languages, chat spellings and typo correction.
 */
import { describe, expect, it } from 'vitest';
import { layConcepts } from './lay-terms.ts';
import { createCorrector, editDistance, scriptOf, searchTerms, stem } from './tokenize.ts';

const concepts = (text: string) => searchTerms(text).filter((t) => t.startsWith('#'));

describe('FAQ tokenizer', () => {
  it("reads the names of an object's prototype as words (CI's property test: 'How do I __proto__' was a 500)", () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      expect(() => searchTerms(`how do I ${name}`)).not.toThrow();
      expect(() => stem(name)).not.toThrow();
      expect(stem(name)).toBeTypeOf('string');
    }
  });

  it('stems English and Russian with Snowball, so inflections meet', () => {
    expect(stem('divorces')).toBe(stem('divorce'));
    expect(stem('развода')).toBe(stem('развод'));
    expect(stem('завещания')).toBe(stem('завещание'));
    expect(stem('уволили')).toBe(stem('уволить'));
    expect(stem('consultations')).toBe(stem('consultation'));
  });

  it('tells the script a question is written in', () => {
    expect(scriptOf('Сколько стоит развод?')).toBe('ru');
    expect(scriptOf('离婚要多久')).toBe('zh');
    expect(scriptOf('H-1B 签证怎么办理')).toBe('zh');
    expect(scriptOf('how much is a will')).toBe('en');
  });

  it('turns lay words into the same concept in every language', () => {
    for (const text of ['how long does a divorce take', 'сколько времени занимает развод', '离婚需要多长时间']) {
      expect(concepts(text)).toEqual(expect.arrayContaining(['#divorce', '#duration']));
    }
    for (const text of ['got let go from my job', 'I was laid off', 'меня сократили', '被公司辞退了']) {
      expect(concepts(text)).toContain('#dismissal');
    }
    expect(concepts('律师费怎么收')).toContain('#cost');
    expect(concepts('what are your legal fees')).toContain('#cost');
    expect(concepts('do you do family law')).toContain('#divorce');
  });

  it('matches phrases across small gaps and prefers the longest', () => {
    expect(concepts('подать на него в суд')).toContain('#court');
    expect(concepts('how much do you charge per hour')).toEqual(expect.arrayContaining(['#cost', '#hourly']));
    expect(concepts('how much do you charge per hour')).not.toContain('#hours');
    expect(concepts('do you do real estate closings')).toEqual(['#real-estate']);
  });

  it('tells the noun "will" from the verb', () => {
    expect(concepts('how much is a will')).toContain('#will');
    expect(concepts('will I get my money back')).not.toContain('#will');
  });

  it('keeps the longest, then the most compact, of overlapping phrases wherever they start', () => {
    expect(concepts('whats the time limit for unfair dismissal')).toEqual(['#deadline', '#dismissal']);
    expect(concepts('what time do you close')).toEqual(['#hours']);
  });

  it('skips only filler inside a phrase: "как взыскать долг" is a debt, not "как долго"', () => {
    expect(concepts('как взыскать долг')).toEqual(['#debt']);
    expect(concepts('как долго длится развод')).toEqual(expect.arrayContaining(['#duration', '#divorce']));
  });

  it('names a broader topic with a specific one, and dying without a will under wills', () => {
    expect(concepts('caught speeding on the motorway')).toEqual(['#speeding', '#traffic']);
    expect(concepts('酒驾怎么办')).toEqual(expect.arrayContaining(['#drink-driving', '#traffic']));
    for (const text of ['what if my dad died without a will', 'кто наследует, если завещания нет', '人走了没留遗嘱']) {
      expect(concepts(text)).toEqual(expect.arrayContaining(['#intestacy', '#will']));
    }
    expect(concepts('can i contest my fathers will')).toEqual(expect.arrayContaining(['#challenge', '#will']));
  });

  it('drops the scene a visitor sets, and places, so they count for nothing', () => {
    expect(concepts('whats the cost of a divorce, we dont have kids')).not.toContain('#child');
    expect(concepts('развод сколько стоит, детей нет')).not.toContain('#child');
    expect(concepts('离婚多少钱 没有孩子')).not.toContain('#child');
    expect(searchTerms('sorry to bother you, how much is a will')).toEqual(['#cost', '#will']);
    expect(searchTerms('麻州离婚要多久').sort()).toEqual(['#divorce', '#duration']);
  });

  it('segments Chinese with the lexicon first, then ICU words, and drops particles', () => {
    const terms = searchTerms('房东不退押金怎么办？');
    expect(terms).toEqual(expect.arrayContaining(['#landlord', '#deposit']));
    expect(terms).not.toContain('吗');
    expect(searchTerms('告诉我你们的地址')).not.toContain('#court');
  });

  it('undoes chat spellings and corrects typos against the index’s words, short ones too', () => {
    expect(concepts('where r u located')).toContain('#location');
    const correct = createCorrector(['divorce', 'consultation', 'severance', 'free', 'will']);
    expect(correct('divorse')).toBe('divorce');
    expect(correct('consultaton')).toBe('consultation');
    // "severence" stems as "severance" does ("sever"): a dictionary stem, so left as typed and found all the same.
    expect(correct('severence')).toBe('severence');
    expect(stem(correct('severence'))).toBe(stem('severance'));
    expect(correct('fre')).toBe('free');
    expect(correct('pizza')).toBe('pizza');
    expect(concepts('how long for a divorse')).toEqual(['#duration']);
    expect(searchTerms('how long for a divorse', correct).filter((t) => t.startsWith('#'))).toContain('#divorce');
    expect(editDistance('adress', 'address', 2)).toBe(1);
  });

  it('leaves real words alone however close they are to an index word, and prefers letters left out', () => {
    const correct = createCorrector(['fire', 'firing', 'park', 'age', 'where', 'when', 'развод']);
    expect(correct('hire')).toBe('hire');
    expect(correct('hiring')).toBe('hiring');
    expect(correct('part')).toBe('part');
    expect(correct('ago')).toBe('ago');
    expect(correct('wher')).toBe('where');
    expect(correct('развот')).toBe('развод');
    expect(searchTerms('if i tell u stuff before i hire u does it stay private', correct)).not.toContain('#dismissal');
    // Without a dictionary (`isReal` says no) the same words would be "corrected".
    expect(createCorrector(['fire'], () => false)('hire')).toBe('fire');
    expect(editDistance('teh', 'the', 1)).toBe(1);
  });

  it('reads one н for two, "тянется" as time, and asking to meet a lawyer as booking (session 8)', () => {
    expect(stem('длиный')).toBe(stem('длинный'));
    expect(searchTerms('фиксированая цена')).toContain('#flat-fee');
    expect(searchTerms('сколько тянется процесс')).toContain('#duration');
    expect(searchTerms('we would like to meet a lawyer this month')).toContain('#book');
    expect(searchTerms('хочу встретиться с юристом')).toContain('#book');
    expect(searchTerms('is the first meeting free')).not.toContain('#book');
    // "at will" employment is no testament; "let an employee go" is a dismissal.
    expect(searchTerms('is massachusetts an at will state')).toContain('#dismissal');
    expect(searchTerms('is massachusetts an at will state')).not.toContain('#will');
    expect(searchTerms('they let three employees go last friday')).toContain('#dismissal');
    // Lay Russian: slang and loanwords for the topics.
    expect(searchTerms('когда можно подавать на гринку')).toContain('#green-card');
    expect(searchTerms('лишили прав за нарушение пдд')).toContain('#traffic');
    expect(searchTerms('как получить американский паспорт')).toContain('#citizenship');
  });

  it('keeps words apart that the stemmers fold together: even/evening, close/closing, долго/долг', () => {
    expect(searchTerms('so whats even the point of a trust')).not.toContain('#hours');
    expect(searchTerms('are you open in the evening')).toContain('#hours');
    expect(searchTerms('when does your office close on fridays')).not.toContain('#real-estate');
    expect(searchTerms('how long until the closing on my condo')).toContain('#real-estate');
    expect(searchTerms('говорят суд идет очень долго')).not.toContain('#debt');
    expect(searchTerms('как взыскать долг с соседа')).toContain('#debt');
  });

  it('reads a fee agreement as fees, not a contract, and the noun "will" after adjectives', () => {
    for (const text of ['will i get an engagement letter', 'пришлете соглашение об оплате?', '有没有收费协议'])
      expect(searchTerms(text), text).toEqual(expect.arrayContaining(['#cost']));
    for (const text of ['will i get an engagement letter', 'пришлете соглашение об оплате?', '有没有收费协议'])
      expect(searchTerms(text), text).not.toContain('#contract');
    expect(searchTerms('price of a standard will please')).toContain('#will');
    expect(searchTerms('is a handwritten will valid')).toContain('#will');
    // Another country's word for a lawyer is filler like "lawyer"; tenants and the nearest stop are lay words too.
    expect(searchTerms('can i see a barrister this week')).not.toContain('barrist');
    expect(searchTerms('我是房客')).toContain('#landlord');
    expect(searchTerms('what is the nearest station to you')).toContain('#location');
  });

  it('reads a city abroad as a place, not as words', () => {
    expect(searchTerms('我在悉尼，能视频咨询吗')).toEqual(['#remote']);
    expect(searchTerms('我住在墨尔本 周末开门吗')).toEqual(['#hours', '#hours']);
  });

  it('reads signing a fee agreement as the fee agreement', () => {
    expect(searchTerms('签委托合同之前要先付钱吗')).toEqual(['#cost', '#cost']);
    expect(searchTerms('合同签之前能帮我看看吗')).toContain('#contract');
  });

  it('keeps a word the dictionary lacks as one word, not dropped characters', () => {
    expect(searchTerms('附近有好吃的饭馆吗')).toContain('饭馆');
    expect(searchTerms('想租个两室')).toEqual(['两室']);
  });

  it('reads how a process goes, driving there, and paying up front in Chinese', () => {
    expect(searchTerms('离婚手续大概怎么走').sort()).toEqual(['#divorce', '#how']);
    expect(searchTerms('开车去你们那里方便吗')).toContain('#location');
    expect(searchTerms('要先交钱吗')).toEqual(['#cost']);
    expect(searchTerms('租的房子漏水没人管')).toContain('#repairs');
  });

  it('reads "in writing" and filler as how a thing is asked, not what', () => {
    expect(searchTerms('can i get the price in writing')).toEqual(['#cost']);
    expect(searchTerms('цену можно получить в письменном виде?')).toEqual(['#cost']);
    expect(searchTerms('有没有那种按月付的')).toEqual(['#instalments']);
  });

  it('reads writing late and working in HR as the scene, not office hours', () => {
    expect(searchTerms('sorry for writing so late, how long does a divorce take')).not.toContain('#hours');
    expect(searchTerms('im the HR person at our company, do you do work visas')).not.toContain('#hours');
    expect(searchTerms('are you open late on thursdays')).toContain('#hours');
    expect(searchTerms('is the office open for 1 more hr')).toContain('#hours');
  });

  it('reads setting up a time as booking, instead of coming in as remote, opening an LLC as a company', () => {
    expect(searchTerms('how do i set up a time with someone')).toContain('#book');
    expect(searchTerms('can i do it by phone instead of coming in')).toEqual(['#remote', '#remote']);
    expect(searchTerms('хочу открыть LLC')).toEqual(['#company']);
    expect(searchTerms('во сколько вы открываетесь')).toContain('#hours');
  });

  it('reads a span of time, a country and who is who in a Chinese story as details', () => {
    expect(searchTerms('她是新西兰公民，同居两年了')).toEqual(['#citizen', '#marriage']);
    expect(searchTerms('不知道要多久')).toEqual(['#duration']);
  });

  it('reads a name in a language as no question about the languages spoken', () => {
    expect(searchTerms('我的中文名字和护照上的不一样')).not.toContain('#language');
    expect(searchTerms('do i need an english name on the form')).not.toContain('#language');
    expect(searchTerms('有会说中文的律师吗')).toEqual(['#language']);
  });

  it('reads getting a licence as no driving ban, and learning about a thing as filler', () => {
    expect(searchTerms('儿子刚考驾照，想了解一下交通罚单')).not.toContain('#driving-ban');
    expect(searchTerms('驾照被吊销了还能开车吗')).toContain('#driving-ban');
  });

  it('reads "по часам" as hourly billing', () => {
    expect(searchTerms('оплата по часам или фиксированная?')).toContain('#hourly');
  });

  it('reads "часы работы" as opening hours, and the price of an hour of work as hourly billing', () => {
    expect(concepts('какие у вас часы работы')).toContain('#hours');
    expect(concepts('какие у вас часы работы')).not.toContain('#hourly');
    expect(concepts('скок у вас стоит час работы юриста')).toContain('#hourly');
  });

  it('has a lexicon with every concept in all three languages and no phrase in two concepts', () => {
    const seen = new Map<string, string>();
    for (const concept of layConcepts) {
      expect(concept.en.length, concept.id).toBeGreaterThan(0);
      expect(concept.ru.length, concept.id).toBeGreaterThan(0);
      expect(concept.zh.length, concept.id).toBeGreaterThan(0);
      for (const phrase of [...concept.en, ...concept.ru, ...concept.zh]) {
        const other = seen.get(phrase);
        expect(other === undefined || other === concept.id, `${phrase}: ${other} and ${concept.id}`).toBe(true);
        seen.set(phrase, concept.id);
      }
    }
  });
});
