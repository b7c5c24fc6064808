/**
 * The form of a word for a count by the language's own rules (`Intl.PluralRules`), not hand-written arithmetic
 * (issue 18). `other` stands for every category not given: in Russian, `many` (5 минут) and fractions.
 *
 * @example
 *   plural('ru', 3, { one: 'минуту', few: 'минуты', other: 'минут' }) // 'минуты'
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plural(lang: string, count: number, forms: PluralForms): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
}
