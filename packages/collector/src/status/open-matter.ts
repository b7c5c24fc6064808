/**
 * Creating a matter under a fresh reference: the one path for a new matter, whether typed in by staff
 * (`POST /matters`) or opened from a retained intake (issue 17). `link` runs in the same transaction,
 * so an intake is never left pointing at no matter (or a matter at an intake that did not link back).
 *
 * @example
 *   const { id, accessCode } = await openMatter(deps, newMatter);
 */

import { ProblemError } from '../errors/index.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { newReference } from '../intake/reference.ts';
import type { Db } from '../storage/database.ts';
import { insertMatter, type NewMatter } from './matter-store.ts';

/** Up to three tries: a reference collision (~1e-12) is caught by the unique index. */
const referenceAttempts = 3;

export async function openMatter(
  deps: Pick<AdminDeps, 'db' | 'cipher' | 'now'>,
  matter: Omit<NewMatter, 'reference'>,
  link?: (trx: Db, matterId: string) => Promise<void>,
): Promise<{ id: string; accessCode: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.transaction().execute(async (trx) => {
        const created = await insertMatter(
          trx,
          deps.cipher,
          { ...matter, reference: newReference(matter.site) },
          deps.now(),
        );
        await link?.(trx, created.id);
        return created;
      });
    } catch (error) {
      if (error instanceof ProblemError) throw error;
      if (attempt + 1 >= referenceAttempts) throw error;
    }
  }
}
