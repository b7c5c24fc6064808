import * as z from 'zod/mini';
import { languages, pickText } from './constants.ts';

export { languages, pickText };

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
