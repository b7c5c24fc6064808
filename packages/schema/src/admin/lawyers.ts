/**
 * What staff edit about lawyers (`/api/admin/sites/:site/lawyers`) and the site's directory settings.
 *
 * @example
 *   import { lawyerInput } from '@retainer/schema/admin';
 *   const result = lawyerInput.safeParse(body);
 */
import * as z from 'zod/mini';
import { lawyerProfileFields } from '../lawyer.ts';

export const lawyerStatuses = ['active', 'departed'] as const;
export const lawyerStatus = z.enum(lawyerStatuses);
export type LawyerStatus = z.infer<typeof lawyerStatus>;

/** Create or replace a profile. `order` defaults to the end of the list on create and is kept on update. */
export const lawyerInput = z.strictObject({
  ...lawyerProfileFields,
  status: lawyerStatus,
  order: z.optional(z.int().check(z.gte(0), z.lte(10_000))),
});
export type LawyerInput = z.infer<typeof lawyerInput>;

export const adminLawyer = z.object({
  ...lawyerProfileFields,
  id: z.string(),
  site: z.string(),
  status: lawyerStatus,
  order: z.int(),
  createdAt: z.int(),
  updatedAt: z.int(),
});
export type AdminLawyer = z.infer<typeof adminLawyer>;

/** A site's lawyers in display order. */
export const lawyerList = z.object({ lawyers: z.array(adminLawyer) });
export type LawyerList = z.infer<typeof lawyerList>;

/** The complete new order: every lawyer id of the site, once. */
export const reorderLawyers = z.strictObject({ order: z.array(z.string()).check(z.maxLength(500)) });
export type ReorderLawyers = z.infer<typeof reorderLawyers>;

/** Answer to a photo upload; put `url` into `photoUrl`. */
export const uploadedPhoto = z.object({ id: z.string(), url: z.string(), type: z.string(), bytes: z.int() });
export type UploadedPhoto = z.infer<typeof uploadedPhoto>;

/** Ratings and testimonials are off by default: rules on them differ between jurisdictions. */
export const directorySettings = z.strictObject({ showRatings: z.boolean(), showTestimonials: z.boolean() });
export type DirectorySettings = z.infer<typeof directorySettings>;

export const defaultDirectorySettings: DirectorySettings = { showRatings: false, showTestimonials: false };

/** Largest accepted photo upload in bytes. */
export const maxPhotoBytes = 2 * 1024 * 1024;
