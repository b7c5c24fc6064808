/**
 * Lawyer profiles as the public directory shows them (`GET /v1/sites/:site/directory`).
 * Only active lawyers appear; testimonials and ratings only when the site switched them on.
 *
 * @example
 *   import { publicDirectory } from '@retainer/schema';
 *   const doc = publicDirectory.parse(await response.json());
 */
import * as z from 'zod/mini';
import { localizedText } from './i18n.ts';
import { siteId, slug } from './ids.ts';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'too_long'));
const year = z.int().check(z.gte(1900, 'invalid_year'), z.lte(2100, 'invalid_year'));

/** An http(s) URL; `z.url()` alone would accept `javascript:`. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'invalid_url' }).check(z.maxLength(500, 'too_long'));

/** A photo: an http(s) URL or a path on the collector (`/v1/photos/<id>`, `/demo/images/…`). */
export const photoUrl = z.union([
  webUrl,
  z.string().check(z.regex(/^\/(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/, 'invalid_url')),
]);

/** Calendar date `YYYY-MM-DD`. */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date'),
  z.refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'invalid_date',
  ),
);

/** A BCP-47 primary language subtag, e.g. `en`, `ru`, `zh`. */
export const languageCode = z.string().check(z.regex(/^[a-z]{2,3}$/, 'invalid_language'));

export const office = z.strictObject({ id: slug, name: text(80) });
export type Office = z.infer<typeof office>;

export const barAdmission = z.strictObject({ jurisdiction: text(80), year });
export type BarAdmission = z.infer<typeof barAdmission>;

export const education = z.strictObject({ school: text(120), degree: text(80), year: z.optional(year) });
export type Education = z.infer<typeof education>;

export const certification = z.strictObject({ name: text(120), issuer: text(120), year: z.optional(year) });
export type Certification = z.infer<typeof certification>;

export const testimonial = z.strictObject({ quote: text(600), attribution: text(120) });
export type Testimonial = z.infer<typeof testimonial>;

export const rating = z.strictObject({
  value: z.number().check(z.gte(1, 'invalid_rating'), z.lte(5, 'invalid_rating')),
  count: z.int().check(z.gte(1, 'invalid_rating')),
});
export type Rating = z.infer<typeof rating>;

/** The fields a lawyer profile shares between the admin input and the public card. */
export const lawyerProfileFields = {
  name: text(120),
  photoUrl: z.optional(photoUrl),
  title: text(120),
  practiceAreas: z.array(slug).check(z.maxLength(20, 'too_many')),
  offices: z.array(office).check(z.maxLength(10, 'too_many')),
  languages: z.array(languageCode).check(z.maxLength(20, 'too_many')),
  yearsInPractice: z.optional(z.int().check(z.gte(0, 'invalid_number'), z.lte(80, 'invalid_number'))),
  barAdmissions: z.array(barAdmission).check(z.maxLength(20, 'too_many')),
  education: z.array(education).check(z.maxLength(10, 'too_many')),
  certifications: z.array(certification).check(z.maxLength(20, 'too_many')),
  bio: z.optional(localizedText(1200)),
  email: z.optional(z.email('invalid_email')),
  phone: z.optional(z.string().check(z.regex(/^[+0-9 ()./-]{3,40}$/, 'invalid_phone'))),
  bookingUrl: z.optional(webUrl),
  /** When the firm last checked the claims (admissions, certifications) on this profile. */
  lastVerified: isoDate,
  testimonials: z.optional(z.array(testimonial).check(z.maxLength(10, 'too_many'))),
  rating: z.optional(rating),
};

/** One card of the public directory: active lawyers only, no status or order. */
export const publicLawyer = z.strictObject({ id: z.string(), ...lawyerProfileFields });
export type PublicLawyer = z.infer<typeof publicLawyer>;

/** The public directory of a site, already sorted by display order. */
export const publicDirectory = z.strictObject({
  site: siteId,
  lawyers: z.array(publicLawyer),
  /** Every office any listed lawyer works in, for the office filter. */
  offices: z.array(office),
  showRatings: z.boolean(),
  showTestimonials: z.boolean(),
  firm: z.strictObject({ name: z.string(), url: z.optional(z.string()) }),
});
export type PublicDirectory = z.infer<typeof publicDirectory>;
