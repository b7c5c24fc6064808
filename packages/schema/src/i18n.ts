import * as z from 'zod/mini';

/** Languages every widget ships messages for; adding one means adding one message file in core. */
export const languages = ['en', 'ru', 'zh'] as const;
export const language = z.enum(languages);
export type Language = z.infer<typeof language>;

/** Text the firm writes, per language; English is required and is the fallback. */
export const localizedText = (max: number) =>
  z.strictObject({
    en: z.string().check(z.minLength(1), z.maxLength(max)),
    ru: z.optional(z.string().check(z.maxLength(max))),
    zh: z.optional(z.string().check(z.maxLength(max))),
  });
export type LocalizedText = { en: string; ru?: string | undefined; zh?: string | undefined };

/** Picks the text for `lang`, falling back to English. */
export function pickText(text: LocalizedText, lang: Language): string {
  return text[lang] || text.en;
}
