/**
 * One person's data, found by the email they gave: list, export (JSON), erase.
 * Requests carry the email in the body (POST), never in a URL that ends up in logs.
 */
import * as z from 'zod/mini';
import { intakeDetail, intakeState } from './inbox.ts';

export const personQuery = z.strictObject({
  email: z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, 'too_long')), z.email('invalid_email')),
});
export type PersonQuery = z.infer<typeof personQuery>;

export const personMatches = z.object({
  intakes: z.array(
    z.object({
      id: z.string(),
      site: z.string(),
      reference: z.string(),
      receivedAt: z.number(),
      state: intakeState,
      erased: z.boolean(),
    }),
  ),
});
export type PersonMatches = z.infer<typeof personMatches>;

export const personExport = z.object({ email: z.string(), exportedAt: z.number(), intakes: z.array(intakeDetail) });
export type PersonExport = z.infer<typeof personExport>;

/** How many intakes were erased; the erasure log keeps this count, the time and who did it. */
export const erasureResult = z.object({ erased: z.int() });
export type ErasureResult = z.infer<typeof erasureResult>;
