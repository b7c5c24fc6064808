/**
 * When the matcher answers rather than offers choices (issue 20, session 8), on a small FAQ written for this
 * test: a clear winner despite the visitor's circumstances, a winner far ahead on the question's topic, and
 * still no answer to where/when questions about something else.
 */
import type { AdminFaqEntry } from '@retainer/schema/admin';
import { describe, expect, it } from 'vitest';
import { demoFaqEntries } from './demo-faq.ts';
import { buildFaqIndex, visaCountry } from './search-index.ts';

const entry = (id: string, question: string, alternatives: string[], answer = 'Answer.'): AdminFaqEntry => ({
  id,
  site: 'test',
  question,
  alternatives,
  answer,
  language: 'en',
  sourceUrl: `/${id}`,
  lastReviewed: '2026-11-01',
  createdAt: 0,
  updatedAt: 0,
});

const index = buildFaqIndex(
  [
    entry('harassment', 'Do you handle harassment complaints?', ['harassment complaint process'], 'Yes, we do.'),
    entry('remote', 'Can we meet by video call?', ['zoom consultation', 'phone consultation'], 'Yes, by Zoom.'),
    entry('fees', 'How do you charge?', ['what are your rates'], 'Hourly or a flat fee.'),
    entry('divorce', 'How long does a divorce take?', ['divorce timeline'], 'Four to six months.'),
    entry('wills', 'How much does a will cost?', ['price of a will'], 'From $400.'),
  ],
  { officeFacts: ['hours', 'location', 'languages', 'contact'] },
);

describe('matcher: answering with confidence', () => {
  it.each([
    // Words no entry has are the visitor's circumstances when one entry is far ahead and asked in full.
    ['my dad only speaks russian, can someone there talk with him', 'office:languages'],
    ['can we do it by zoom, i live up north', 'remote'],
  ])('answers %s', (question, id) => {
    const found = index.ask(question);
    expect(found.outcome, question).toBe('answered');
    expect(found.hits[0]?.id).toBe(id);
  });

  it.each(['is the museum open on sunday', 'where is the nearest pharmacy', 'what time does the bakery open'])(
    'does not answer where or when of something else: %s',
    (question) => {
      expect(index.ask(question).outcome).not.toBe('answered');
    },
  );
});

describe('matcher: the question in one clause, the visitor’s circumstances in another', () => {
  it.each([
    ['are you open on saturdays? weekdays are impossible with my shifts', 'office:hours'],
    ['как к вам добраться на автобусе, машины у меня нет', 'office:location'],
    ['星期天开门吗？我平时走不开', 'office:hours'],
    // The asking clause alone is all of the entry's topic, though not all of its phrasing.
    ['can we just do a zoom call? i live way up north and dont drive', 'remote'],
    ['можно провести консультацию по зуму? живу в другом городе', 'remote'],
  ])('answers %s', (question, id) => {
    const found = index.ask(question);
    expect(found.outcome, question).toBe('answered');
    expect(found.hits[0]?.id).toBe(id);
  });

  it.each([
    // The clause with the unknown word is the question itself.
    'is the museum open on sunday? i want to take my kids',
    'where is the nearest pharmacy, i need it tonight',
    // The other clause names a topic: the question is not only where or when.
    'are you open on saturdays? my landlord kept my deposit',
  ])('does not answer %s', (question) => {
    expect(index.ask(question).outcome).not.toBe('answered');
  });
});

describe('matcher: an entry far ahead on the question’s topic (demo FAQ)', () => {
  const demo = buildFaqIndex(
    demoFaqEntries.map((e) => ({ ...e, site: 'harbor-vale', createdAt: 0, updatedAt: 0 })),
    { officeFacts: ['hours', 'location', 'languages', 'contact'] },
  );
  it.each([
    ['who normally gets custody of young kids, mom or dad', 'demo-faq-custody'],
    ['считается ли домогательством когда шутят про внешность', 'demo-faq-harassment'],
    // Two close entries on the topic, only one asking what the question asks (how much).
    ['人身伤害的官司要先付钱吗', 'demo-faq-injury-fee'],
    ['personal injury lawsuit, do i need to pay up front', 'demo-faq-injury-fee'],
  ])('answers %s', (question, id) => {
    const found = demo.ask(question);
    expect(found.outcome, question).toBe('answered');
    expect(found.hits[0]?.id).toBe(id);
  });
});

describe('matcher: a topic only an answer mentions, beside an entry asked in small part (demo FAQ)', () => {
  const demo = buildFaqIndex(
    demoFaqEntries.map((e) => ({ ...e, site: 'harbor-vale', createdAt: 0, updatedAt: 0 })),
    { officeFacts: ['hours', 'location', 'languages', 'contact'] },
  );
  it('does not answer a criminal case with the custody entry', () => {
    expect(demo.ask('do you do criminal defense? my son got arrested').outcome).not.toBe('answered');
  });
  it.each([
    ['should i call the police after a car accident', 'demo-faq-car-accident'],
    ['who gets custody of the kids in a divorce', 'demo-faq-custody'],
  ])('still answers %s', (question, id) => {
    const found = demo.ask(question);
    expect(found.outcome).toBe('answered');
    expect(found.hits[0]?.id).toBe(id);
  });
});

describe('matcher: a visa of a country the FAQ never names', () => {
  const demo = buildFaqIndex(
    demoFaqEntries.map((e) => ({ ...e, site: 'harbor-vale', createdAt: 0, updatedAt: 0 })),
    { officeFacts: ['hours', 'location', 'languages', 'contact'] },
  );
  it('reads the country a visa is for', () => {
    expect(visaCountry('能办日本旅游签证吗')).toBe('日本');
    expect(visaCountry('нужна виза во Францию')).toBe('францию');
    expect(visaCountry('виза на работу')).toBeUndefined();
    expect(visaCountry('结婚绿卡要多久')).toBeUndefined();
  });
  it.each(['你们可以帮我办日本签证吗', 'поможете оформить визу в Японию?'])('does not answer %s', (question) => {
    expect(demo.ask(question).outcome).not.toBe('answered');
  });
  it('still answers a visa of the country the FAQ is about', () => {
    expect(demo.ask('как получить рабочую визу в США').hits[0]?.uncoveredTopic).toBe(false);
  });
});

describe('matcher: the same entry written in two languages', () => {
  const both = buildFaqIndex([
    entry('notice-en', 'When does a dismissal count as unfair, and how long is there to claim?', [
      'employment tribunal time limit',
    ]),
    // The firm's Russian version says it in other words: no translation the index can see.
    {
      ...entry('notice-ru', 'Когда увольнение считается незаконным и сколько есть времени, чтобы его обжаловать?', [
        'срок подачи иска в трудовой трибунал',
      ]),
      language: 'ru',
    },
    entry('wills', 'How much is a will?', []),
    entry('fees', 'How do you charge?', ['what are your rates'], 'Hourly or a flat fee.'),
  ]);
  it('answers in the question’s language instead of offering both versions', () => {
    const found = both.ask('time limit for an employment tribunal?', 'en');
    expect(found.outcome).toBe('answered');
    expect(found.hits[0]?.id).toBe('notice-en');
  });
});

describe('matcher: a narrower topic under a broader entry', () => {
  const tenants = buildFaqIndex(
    [
      entry('tenants', 'Do you help tenants with landlord disputes?', ['problems with my landlord'], 'Yes.'),
      entry('fees', 'How do you charge?', ['what are your rates'], 'Hourly.'),
    ],
    { officeFacts: [] },
  );

  it('answers repairs from the landlord entry when no entry names repairs', () => {
    const found = tenants.ask('my landlord wont do repairs, do you help tenants with that');
    expect(found.outcome).toBe('answered');
    expect(found.hits[0]?.id).toBe('tenants');
  });

  it('still finds no answer for a topic with no broader entry', () => {
    expect(tenants.ask('can you help with a speeding ticket').outcome).not.toBe('answered');
  });
});

describe('matcher: a status the visitor only mentions', () => {
  const visas = buildFaqIndex(
    [
      entry(
        'spouse',
        'Can you help with a spouse visa?',
        ['partner visa application'],
        'Yes, our immigration team does.',
      ),
      entry('fees', 'How do you charge?', ['what are your rates'], 'Hourly.'),
    ],
    { officeFacts: [] },
  );

  it('answers a partner visa question that says the partner is a citizen', () => {
    const found = visas.ask('my wife is a citizen, can you help with the partner visa application');
    expect(found.outcome).toBe('answered');
    expect(found.hits[0]?.id).toBe('spouse');
  });
});

describe('matcher: choices told apart by how alike the wording is (round 5)', () => {
  const demo = buildFaqIndex(
    demoFaqEntries.map((e) => ({ ...e, site: 'harbor-vale', createdAt: 0, updatedAt: 0 })),
    { officeFacts: ['hours', 'location', 'languages', 'contact'] },
  );

  it('answers the choice worded most like the question', () => {
    // The terms leave the video-call entry and booking close; its phrasings ("by phone") are worded like it.
    const found = demo.ask('can all of it be handled by phone, i work evenings and cant come by');
    expect(found.outcome).toBe('answered');
    expect(found.hits[0]?.id).toBe('demo-faq-remote');
  });

  it('answers nothing off-topic for being a little alike', () => {
    for (const question of [
      'can you recommend a good russian bakery nearby',
      'посоветуйте хорошую парикмахерскую рядом',
    ])
      expect(demo.ask(question).outcome, question).not.toBe('answered');
  });
});
