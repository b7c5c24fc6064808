/**
 * One site's lawyers in display order, its directory options, and moving a lawyer in the order
 * (shown at once, sent as the complete new order, put back if the collector refuses).
 *
 * @example
 *   const model = createLawyersModel(api, 'harbor-vale');
 *   await model.move('l-2', -1); // { position: 1, total: 6 } once stored, null if refused
 */
import { batch, signal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { AdminLawyer, DirectorySettings } from '@retainer/schema/admin';
import type { AdminApi } from '../../api/admin-api.ts';
import { toApiProblem } from '../../api/api-problem.ts';

/** `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

export function createLawyersModel(api: AdminApi, site: string) {
  const lawyers = signal<AdminLawyer[] | null>(null);
  const settings = signal<DirectorySettings | null>(null);
  const problem = signal<Problem | null>(null);
  const orderProblem = signal<Problem | null>(null);
  const settingsProblem = signal<Problem | null>(null);

  async function load() {
    problem.value = null;
    try {
      const [list, options] = await Promise.all([api.listLawyers(site), api.getDirectorySettings(site)]);
      batch(() => {
        lawyers.value = list;
        settings.value = options;
      });
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  }

  /** Moves one lawyer to `to` (0-based); resolves with the new position once stored, or null. */
  async function moveTo(id: string, to: number): Promise<{ position: number; total: number } | null> {
    const before = lawyers.value;
    const from = before?.findIndex((l) => l.id === id) ?? -1;
    if (!before || from < 0 || to < 0 || to >= before.length || to === from) return null;
    const next = moveItem(before, from, to);
    lawyers.value = next;
    orderProblem.value = null;
    try {
      lawyers.value = await api.reorderLawyers(
        site,
        next.map((l) => l.id),
      );
      return { position: to + 1, total: next.length };
    } catch (error) {
      lawyers.value = before;
      orderProblem.value = (await toApiProblem(error)).problem;
      return null;
    }
  }

  const move = (id: string, delta: number) => {
    const from = lawyers.value?.findIndex((l) => l.id === id) ?? -1;
    return moveTo(id, from + delta);
  };

  async function changeSettings(change: Partial<DirectorySettings>): Promise<boolean> {
    const current = settings.value;
    if (!current) return false;
    settingsProblem.value = null;
    try {
      settings.value = await api.updateDirectorySettings(site, { ...current, ...change });
      return true;
    } catch (error) {
      settingsProblem.value = (await toApiProblem(error)).problem;
      return false;
    }
  }

  /** After the editor saved: replace or add the profile, keeping display order. */
  function stored(lawyer: AdminLawyer) {
    const list = lawyers.value ?? [];
    const known = list.some((l) => l.id === lawyer.id);
    lawyers.value = known ? list.map((l) => (l.id === lawyer.id ? lawyer : l)) : [...list, lawyer];
  }

  load();
  return { lawyers, settings, problem, orderProblem, settingsProblem, load, moveTo, move, changeSettings, stored };
}

export type LawyersModel = ReturnType<typeof createLawyersModel>;
