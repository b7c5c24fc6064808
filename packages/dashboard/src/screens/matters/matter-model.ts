/**
 * One matter on the dashboard: its detail, the last problem, and `act`, which runs one change and
 * takes the fresh detail the collector answers with.
 *
 * @example
 *   const model = createMatterModel(api.matters, id);
 *   await model.act((m) => m.postUpdate(id, 'We filed.'));
 */
import { signal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { MatterDetail } from '@retainer/schema/admin';
import { toApiProblem } from '../../api/api-problem.ts';
import type { MattersApi } from '../../api/matters-api.ts';

export function createMatterModel(api: MattersApi, id: string) {
  const detail = signal<MatterDetail | null>(null);
  const problem = signal<Problem | null>(null);
  const busy = signal(false);
  /** A code just issued: shown once, gone when the screen is left. */
  const newCode = signal<string | null>(null);

  async function load() {
    problem.value = null;
    try {
      detail.value = await api.get(id);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  }

  /** True when the change was stored. */
  async function act(change: (api: MattersApi) => Promise<MatterDetail>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    problem.value = null;
    try {
      detail.value = await change(api);
      return true;
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function reissue(): Promise<boolean> {
    const issued = await act(async (matters) => {
      newCode.value = (await matters.reissueCode(id)).accessCode;
      return matters.get(id);
    });
    return issued;
  }

  return { id, detail, problem, busy, newCode, load, act, reissue };
}

export type MatterModel = ReturnType<typeof createMatterModel>;
