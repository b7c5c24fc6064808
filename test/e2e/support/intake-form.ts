/**
 * Drives the intake form the way a person does: by the labels they read, in their language.
 * Playwright's role locators pierce the widget's open shadow root.
 *
 * @example
 *   const form = intakeForm(page, 'en');
 *   await form.ready();
 *   await form.fill({ name: 'Ann Lee', email: 'ann@example.com', practiceArea: 'Family law', description: '…' });
 *   const reference = await form.submitAndReadReference();
 */

import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a visitor reads on screen, per language (kept here on purpose: the test reads like a person). */
const words = {
  en: {
    name: /^Full name/,
    email: /^Email/,
    phone: /^Phone/,
    practiceArea: /^What do you need help with/,
    description: /^What happened/,
    jurisdiction: /^Where is this happening/,
    referral: /^How did you hear about us/,
    partyName: (n: number) => new RegExp(`^Name ${n}$`),
    addParty: /Add a name/,
    disclaimer: /I have read and accept this notice/,
    submit: /^Send request/,
    sentTitle: /Thank you — we have your request/,
    required: /This field is required/,
  },
  ru: {
    name: /^Имя и фамилия/,
    email: /^Электронная почта/,
    phone: /^Телефон/,
    practiceArea: /^С чем вам нужна помощь/,
    description: /^Что случилось/,
    jurisdiction: /^Где это происходит/,
    referral: /^Как вы о нас узнали/,
    partyName: (n: number) => new RegExp(`^Имя ${n}$`),
    addParty: /Добавить имя/,
    disclaimer: /Я прочитал\(а\) и принимаю это уведомление/,
    submit: /^Отправить заявку/,
    sentTitle: /Спасибо — мы получили вашу заявку/,
    required: /Заполните это поле/,
  },
} as const;

export type FormLanguage = keyof typeof words;

export type IntakeAnswers = {
  name: string;
  email: string;
  phone?: string;
  /** The visible label of the practice area option. */
  practiceArea: string;
  description: string;
  jurisdiction?: string;
  referral?: string;
  /** Names for "Other parties involved", one row each (the form starts with one empty row). */
  adverseParties?: string[];
};

/** References look like `HV-7K3M-2QX9` (see the collector's intake/reference.ts). */
export const referencePattern = /\b[A-Z]{2,3}-[2-9A-Z]{4}-[2-9A-Z]{4}/;

/** The demo site's `minFillMs` is 3000: a person cannot be faster, so neither may the test. */
const humanFillMs = 3500;

export function intakeForm(page: Page, lang: FormLanguage = 'en') {
  const w = words[lang];
  const host = page.locator('retainer-intake');
  const field = (name: RegExp): Locator => host.getByRole('textbox', { name });
  let shownAt = 0;

  return {
    words: w,
    host,
    submitButton: host.getByRole('button', { name: w.submit }),
    /** Waits until the form itself (not the skeleton) is on screen. */
    async ready(): Promise<void> {
      await host.scrollIntoViewIfNeeded();
      await field(w.name).waitFor({ state: 'visible', timeout: 30_000 });
      shownAt = Date.now();
    },
    async fill(answers: IntakeAnswers): Promise<void> {
      await field(w.name).fill(answers.name);
      await field(w.email).fill(answers.email);
      if (answers.phone) await field(w.phone).fill(answers.phone);
      await host.getByRole('combobox', { name: w.practiceArea }).selectOption({ label: answers.practiceArea });
      await field(w.description).fill(answers.description);
      if (answers.jurisdiction) await field(w.jurisdiction).fill(answers.jurisdiction);
      if (answers.referral) await field(w.referral).fill(answers.referral);
      for (const [index, party] of (answers.adverseParties ?? []).entries()) {
        if (index > 0) await host.getByRole('button', { name: w.addParty }).click();
        await field(w.partyName(index + 1)).fill(party);
      }
      await host.getByRole('checkbox', { name: w.disclaimer }).check();
    },
    /** Waits out the site's minimum fill time, counted from when the form was shown. */
    async waitLikeAPerson(): Promise<void> {
      const wait = humanFillMs - (Date.now() - shownAt);
      if (wait > 0) await page.waitForTimeout(wait);
    },
    /** Waits for the success state and reads the reference number from it. */
    async readReference(): Promise<string> {
      await host.getByText(w.sentTitle).waitFor({ state: 'visible', timeout: 30_000 });
      const text = await host.evaluate((el) => el.shadowRoot?.textContent ?? '');
      const reference = referencePattern.exec(text)?.[0];
      expect(reference, `a reference number in: ${text}`).toBeDefined();
      return reference ?? '';
    },
    /** `doubleClick`: the impatient visitor, who must still send one request. */
    async submitAndReadReference(options: { doubleClick?: boolean } = {}): Promise<string> {
      await this.waitLikeAPerson();
      const submit = host.getByRole('button', { name: w.submit });
      await (options.doubleClick ? submit.dblclick() : submit.click());
      return this.readReference();
    },
  };
}
