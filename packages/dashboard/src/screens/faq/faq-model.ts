/**
 * One site's FAQ bot for staff: the entries, the bot's settings and the last 30 days' report; saving and
 * deleting entries, saving settings.
 *
 * @example
 *   const model = createFaqModel(api.faq, 'harbor-vale');
 *   await model.load();
 *   model.report.value?.unansweredGroups[0] // the question to write an answer for next
 */
import { batch, signal } from '@preact/signals';
import type { Problem } from '@retainer/schema';
import type { AdminFaqEntry, FaqEntryInput, FaqReport, FaqSettings, FaqUnansweredGroup } from '@retainer/schema/admin';
import { toApiProblem } from '../../api/api-problem.ts';
import type { FaqApi } from '../../api/faq-api.ts';

export function createFaqModel(api: FaqApi, site: string) {
  const entries = signal<AdminFaqEntry[] | null>(null);
  const settings = signal<FaqSettings | null>(null);
  const report = signal<FaqReport | null>(null);
  const problem = signal<Problem | null>(null);

  const problemOf = async (error: unknown) => (await toApiProblem(error)).problem;

  async function load() {
    problem.value = null;
    try {
      const [list, options, questions] = await Promise.all([api.entries(site), api.settings(site), api.report(site)]);
      batch(() => {
        entries.value = list;
        settings.value = options;
        report.value = questions;
      });
    } catch (error) {
      problem.value = await problemOf(error);
    }
  }

  /** Creates or replaces an entry; resolves with the problem when the collector refuses. */
  async function saveEntry(input: FaqEntryInput, id?: string): Promise<Problem | null> {
    try {
      const saved = id ? await api.updateEntry(site, id, input) : await api.createEntry(site, input);
      const list = entries.value ?? [];
      entries.value = id ? list.map((e) => (e.id === id ? saved : e)) : [...list, saved];
      return null;
    } catch (error) {
      return problemOf(error);
    }
  }

  async function deleteEntry(id: string): Promise<Problem | null> {
    try {
      await api.deleteEntry(site, id);
      entries.value = (entries.value ?? []).filter((e) => e.id !== id);
      return null;
    } catch (error) {
      return problemOf(error);
    }
  }

  /** Attaches an unanswered group's wording to an entry; the group leaves the report's list. */
  async function addPhrasing(entryId: string, group: FaqUnansweredGroup, text: string): Promise<Problem | null> {
    try {
      const saved = await api.addPhrasing(site, entryId, text);
      entries.value = (entries.value ?? []).map((e) => (e.id === entryId ? saved : e));
      const current = report.value;
      if (current) {
        report.value = { ...current, unansweredGroups: current.unansweredGroups.filter((g) => g !== group) };
      }
      return null;
    } catch (error) {
      return problemOf(error);
    }
  }

  async function saveSettings(input: FaqSettings): Promise<Problem | null> {
    try {
      settings.value = await api.saveSettings(site, input);
      return null;
    } catch (error) {
      return problemOf(error);
    }
  }

  return { entries, settings, report, problem, load, saveEntry, deleteEntry, addPhrasing, saveSettings };
}

export type FaqModel = ReturnType<typeof createFaqModel>;
