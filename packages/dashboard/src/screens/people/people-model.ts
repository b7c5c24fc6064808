/**
 * One person's data, found by email: look up what is stored, export it as JSON, erase it.
 *
 * @example
 *   const people = createPeopleModel(api);
 *   await people.find('ann@example.com');
 */
import { signal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { PersonMatches } from '@retainer/schema/admin';
import type { AdminApi } from '../../api/admin-api.ts';
import { toApiProblem } from '../../api/api-problem.ts';
import type { PersonCounts } from '../../i18n/messages/en.ts';
import { downloadBlob, exportFilename } from './download-blob.ts';

export type PersonRecord = PersonMatches & { email: string };

export const countsOf = (found: PersonMatches): PersonCounts => ({
  intakes: found.intakes.length,
  matters: found.matters.length,
  surveys: found.surveys.length,
});

export function createPeopleModel(api: AdminApi) {
  const record = signal<PersonRecord | null>(null);
  const searched = signal<string | null>(null);
  const busy = signal<'find' | 'export' | 'erase' | null>(null);
  const problem = signal<Problem | null>(null);
  const erasedCount = signal<PersonCounts | null>(null);

  async function attempt<T>(action: 'find' | 'export' | 'erase', call: () => Promise<T>): Promise<T | undefined> {
    busy.value = action;
    problem.value = null;
    try {
      return await call();
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
      return undefined;
    } finally {
      busy.value = null;
    }
  }

  async function find(email: string) {
    erasedCount.value = null;
    record.value = null;
    searched.value = email;
    const found = await attempt('find', () => api.findPerson(email));
    if (found) record.value = { ...found, email };
  }

  async function exportJson(): Promise<boolean> {
    const email = searched.value;
    if (!email) return false;
    const blob = await attempt('export', () => api.exportPerson(email));
    if (blob) downloadBlob(blob, exportFilename(email));
    return Boolean(blob);
  }

  async function erase(): Promise<boolean> {
    const email = searched.value;
    if (!email) return false;
    const result = await attempt('erase', () => api.erasePerson(email));
    if (!result) return false;
    erasedCount.value = { intakes: result.erased, matters: result.matters, surveys: result.surveys };
    const refreshed = await attempt('find', () => api.findPerson(email));
    if (refreshed) record.value = { ...refreshed, email };
    return true;
  }

  return { record, searched, busy, problem, erasedCount, find, exportJson, erase };
}

export type PeopleModel = ReturnType<typeof createPeopleModel>;
