/**
 * The learned advice model (advice-model.ts, issue 20 round 5): it hands to a person own-case questions worded
 * unlike any of advice.ts's cues, and leaves general questions, and questions to the firm, to the FAQ. The
 * questions here are written for this test, in none of the training or measuring sets.
 */
import { describe, expect, it } from 'vitest';
import { asksForAdvice } from './advice.ts';
import { adviceFeatures, adviceModelThreshold, adviceProbability } from './advice-model.ts';
import { demoFaqEntries } from './demo-faq.ts';
import { buildFaqIndex } from './search-index.ts';

const index = buildFaqIndex(demoFaqEntries.map((e) => ({ ...e, site: 'harbor-vale', createdAt: 0, updatedAt: 0 })));

describe('advice model', () => {
  it('reads words, their letters and Chinese characters, never across a clause', () => {
    const f = adviceFeatures('Fired me, what now? 被开除了');
    expect(f).toEqual(expect.arrayContaining(['w:fired', 'b:fired_me', 'g:<fi', 'b:what_now', 'c2:开除', 'c3:被开除']));
    expect(f).not.toContain('b:me_what');
  });

  it('hands off own-case questions the rules miss', () => {
    const question = 'моя бывшая не дает видеться с сыном уже три месяца, что предпринять';
    expect(asksForAdvice(question)).toBe(false);
    expect(adviceProbability(question)).toBeGreaterThanOrEqual(adviceModelThreshold);
    expect(index.ask(question).outcome).toBe('advice');
  });

  it.each([
    'how long does probate take',
    'what documents do i need for a green card interview',
    'do you handle custody cases',
    'i was in a car accident, how do i get a copy of the police report',
    'сколько стоит составить завещание',
    'вы помогаете с разводом если супруг за границей',
    '离婚要准备什么材料',
    '你们周末上班吗',
  ])('leaves general questions and questions to the firm to the FAQ: %s', (question) => {
    expect(adviceProbability(question)).toBeLessThan(adviceModelThreshold);
  });

  it('is sure of clear own-case questions in each language', () => {
    for (const question of [
      'my husband took the kids to his mothers and wont bring them back, what are my next steps',
      '我老板三个月没发工资了，我该找谁',
    ])
      expect(adviceProbability(question), question).toBeGreaterThanOrEqual(adviceModelThreshold);
  });
});
