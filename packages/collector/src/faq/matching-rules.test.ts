/**
 * When the matcher answers rather than offers choices (issue 20, session 8), on a small FAQ written for this
 * test: a clear winner despite the visitor's circumstances, a winner far ahead on the question's topic, and
 * still no answer to where/when questions about something else.
 */
import type { AdminFaqEntry } from '@retainer/schema/admin';
import { describe, expect, it } from 'vitest';
import { demoFaqEntries } from './demo-faq.ts';
import { buildFaqIndex } from './search-index.ts';

const entry = (id: string, question: string, alternatives: string[], answer: string): AdminFaqEntry => ({
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

describe('matcher: an entry far ahead on the question’s topic (demo FAQ)', () => {
  const demo = buildFaqIndex(
    demoFaqEntries.map((e) => ({ ...e, site: 'harbor-vale', createdAt: 0, updatedAt: 0 })),
    { officeFacts: ['hours', 'location', 'languages', 'contact'] },
  );
  it.each([
    ['who normally gets custody of young kids, mom or dad', 'demo-faq-custody'],
    ['считается ли домогательством когда шутят про внешность', 'demo-faq-harassment'],
  ])('answers %s', (question, id) => {
    const found = demo.ask(question);
    expect(found.outcome, question).toBe('answered');
    expect(found.hits[0]?.id).toBe(id);
  });
});
