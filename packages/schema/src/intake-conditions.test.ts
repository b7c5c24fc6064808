import { describe, expect, it } from 'vitest';
import {
  defaultIntakeFields,
  type IntakeQuestion,
  intakeAnswerIssues,
  intakeFieldIssues,
  isVisible,
  type PublicSiteConfig,
  publicSiteConfig,
  questionSetIssues,
  requiredFields,
  shownAnswers,
} from './index.ts';

const visa: IntakeQuestion = {
  id: 'q-visa',
  kind: 'choice',
  label: { en: 'Visa type', ru: 'Тип визы', zh: '签证类型' },
  required: true,
  options: [
    { id: 'work', label: { en: 'Work' } },
    { id: 'family', label: { en: 'Family' } },
  ],
  showWhen: { practiceAreas: ['immigration'] },
};
const sponsor: IntakeQuestion = {
  id: 'q-sponsor',
  kind: 'shortText',
  label: { en: 'Sponsoring employer' },
  required: true,
  showWhen: { answer: { field: 'q-visa', equals: 'work' } },
};
const children: IntakeQuestion = {
  id: 'q-children',
  kind: 'yesNo',
  label: { en: 'Are there children?' },
  required: false,
  showWhen: { practiceAreas: ['family'] },
};
const hearing: IntakeQuestion = { id: 'q-hearing', kind: 'date', label: { en: 'Hearing date' }, required: false };

const config: PublicSiteConfig = {
  site: 'harbor-vale',
  name: 'Harbor & Vale LLP',
  publicName: 'Harbor & Vale LLP',
  referencePrefix: 'HV',
  defaultLanguage: 'en',
  theme: { accent: '#1d4ed8' },
  practiceAreas: [
    { id: 'family', label: { en: 'Family law' } },
    { id: 'immigration', label: { en: 'Immigration' } },
  ],
  contact: {},
  intake: {
    fields: defaultIntakeFields,
    questions: [visa, sponsor, children, hearing],
    disclaimer: { version: 1, text: { en: 'No attorney-client relationship.' } },
    responseTarget: { amount: 1, unit: 'businessDay' },
    minFillMs: 3000,
  },
};
const base = { name: 'Ann', email: 'ann@example.com', description: 'Help' };

describe('isVisible', () => {
  it('shows a question without a condition, and one whose practice area is chosen', () => {
    expect(publicSiteConfig.safeParse(config).success).toBe(true);
    expect(isVisible(hearing, { fields: {} })).toBe(true);
    expect(isVisible(visa, { fields: { practiceArea: 'immigration' } })).toBe(true);
    expect(isVisible(visa, { fields: { practiceArea: 'family' } })).toBe(false);
    expect(isVisible(visa, { fields: {} })).toBe(false);
  });

  it('compares another answer, built-in or custom', () => {
    expect(isVisible(sponsor, { fields: {}, answers: { 'q-visa': 'work' } })).toBe(true);
    expect(isVisible(sponsor, { fields: {}, answers: { 'q-visa': 'family' } })).toBe(false);
    const byMethod = { showWhen: { answer: { field: 'contactMethod', equals: 'phone' } } };
    expect(isVisible(byMethod, { fields: { contactMethod: 'phone' } })).toBe(true);
    expect(isVisible(byMethod, { fields: { contactMethod: 'email' } })).toBe(false);
  });

  it('drops the answers of hidden questions in order, so a chain hides what depends on a hidden answer', () => {
    const answers = { 'q-visa': 'work', 'q-sponsor': 'Acme', 'q-children': 'yes' };
    expect(shownAnswers(config.intake.questions ?? [], { fields: { practiceArea: 'immigration' }, answers })).toEqual({
      'q-visa': 'work',
      'q-sponsor': 'Acme',
    });
    expect(shownAnswers(config.intake.questions ?? [], { fields: { practiceArea: 'family' }, answers })).toEqual({
      'q-children': 'yes',
    });
  });
});

describe('requiredFields', () => {
  it('adds the phone when the visitor asks to be phoned, and required questions that are visible', () => {
    const fields = requiredFields(config, { fields: { practiceArea: 'immigration', contactMethod: 'phone' } });
    expect(fields).toEqual(['name', 'email', 'practiceArea', 'description', 'phone', 'q-visa']);
    expect(requiredFields(config, { fields: { practiceArea: 'family' } })).not.toContain('q-visa');
    expect(requiredFields(config, { fields: {}, answers: { 'q-visa': 'work' } })).not.toContain('q-sponsor');
  });

  it('makes the phone number required in the built-in check too', () => {
    expect(intakeFieldIssues(config, { ...base, practiceArea: 'family', contactMethod: 'phone' })).toEqual([
      { path: 'phone', code: 'required' },
    ]);
    expect(intakeFieldIssues(config, { ...base, practiceArea: 'family', contactMethod: 'email' })).toEqual([]);
  });
});

describe('intakeAnswerIssues', () => {
  const immigration = { ...base, practiceArea: 'immigration' };

  it('refuses an answer to a hidden or unknown question and asks for a required visible one', () => {
    expect(intakeAnswerIssues(config, { ...base, practiceArea: 'family' }, { 'q-visa': 'work' })).toEqual([
      { path: 'answers.q-visa', code: 'not_allowed' },
    ]);
    expect(intakeAnswerIssues(config, immigration, { 'q-nope': 'x' })).toEqual([
      { path: 'answers.q-nope', code: 'not_allowed' },
      { path: 'answers.q-visa', code: 'required' },
    ]);
    expect(intakeAnswerIssues(config, immigration, { 'q-visa': 'work' })).toEqual([
      { path: 'answers.q-sponsor', code: 'required' },
    ]);
    expect(intakeAnswerIssues(config, immigration, { 'q-visa': 'work', 'q-sponsor': 'Acme' })).toEqual([]);
  });

  it('checks each answer against its kind', () => {
    expect(intakeAnswerIssues(config, immigration, { 'q-visa': 'tourist', 'q-hearing': '2026-13-01' })).toEqual([
      { path: 'answers.q-visa', code: 'unknown_option' },
      { path: 'answers.q-hearing', code: 'invalid_date' },
    ]);
    expect(intakeAnswerIssues(config, { ...base, practiceArea: 'family' }, { 'q-children': 'maybe' })).toEqual([
      { path: 'answers.q-children', code: 'unknown_option' },
    ]);
  });
});

describe('questionSetIssues', () => {
  it('accepts conditions on earlier questions with values they can hold', () => {
    expect(questionSetIssues(config.intake.questions ?? [], config.practiceAreas)).toEqual([]);
  });

  it('refuses loops, unknown areas and values, duplicate ids and choices without options', () => {
    const issues = questionSetIssues(
      [
        { ...sponsor, showWhen: { answer: { field: 'q-visa', equals: 'work' } } },
        { ...visa, showWhen: { practiceAreas: ['tax'] }, options: [] },
        { ...children, id: 'q-visa', showWhen: { answer: { field: 'contactMethod', equals: 'fax' } } },
      ],
      config.practiceAreas,
    );
    expect(issues).toEqual([
      { path: '0.showWhen.answer.field', code: 'unknown_option' },
      { path: '1.options', code: 'required' },
      { path: '1.showWhen.practiceAreas', code: 'unknown_option' },
      { path: '2.id', code: 'duplicate' },
      { path: '2.showWhen.answer.equals', code: 'unknown_option' },
    ]);
  });
});
