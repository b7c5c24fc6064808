/**
 * What a template is: a name, a schema for its data (references, states and links only — never what a
 * prospect or client wrote), and `render(data, lang, ctx)` → subject, text, HTML (and extra headers).
 */
import type { Language } from '@retainer/schema';
import type * as z from 'zod/mini';

export type RenderContext = {
  /** The firm's public name (the site's name); the instance name for instance-level messages. */
  firmName: string;
  /** Where browsers reach the collector, without a trailing slash (links into the dashboard). */
  baseUrl: string;
  /** The site's id, '' for instance-level messages. */
  site: string;
};

export type RenderedEmail = {
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. `List-Unsubscribe` (RFC 8058). */
  headers?: Record<string, string>;
};

export type EmailTemplate<Data = unknown> = {
  name: string;
  data: z.ZodMiniType<Data>;
  render(data: Data, lang: Language, ctx: RenderContext): RenderedEmail;
};

/** Keeps `Data` tied between the schema and `render` at the definition. */
export const defineTemplate = <Data>(template: EmailTemplate<Data>): EmailTemplate<Data> => template;

/** Picks the message for `lang` from a per-language table. */
export const inLanguage = <T>(lang: Language, table: Record<Language, T>): T => table[lang] ?? table.en;
