/**
 * Typed calls to `/api/admin/sites/:site/faq/…` (issue 5): the FAQ entries, the bot's settings and the
 * report of what visitors asked, checked against `@retainer/schema/admin`.
 *
 * @example
 *   const faq = createFaqApi(http);
 *   const report = await faq.report('harbor-vale');
 */
import {
  type AdminFaqEntry,
  adminFaqEntry,
  type FaqEntryInput,
  type FaqReport,
  type FaqSettings,
  faqEntryList,
  faqReport,
  faqSettings,
} from '@retainer/schema/admin';
import type { KyInstance } from 'ky';
import { toApiProblem } from './api-problem.ts';
import { read } from './read-response.ts';

export function createFaqApi(http: KyInstance) {
  const base = (site: string) => `sites/${encodeURIComponent(site)}/faq`;
  return {
    entries: async (site: string): Promise<AdminFaqEntry[]> =>
      (await read(faqEntryList, () => http.get(`${base(site)}/entries`))).entries,
    createEntry: (site: string, input: FaqEntryInput): Promise<AdminFaqEntry> =>
      read(adminFaqEntry, () => http.post(`${base(site)}/entries`, { json: input })),
    updateEntry: (site: string, id: string, input: FaqEntryInput): Promise<AdminFaqEntry> =>
      read(adminFaqEntry, () => http.put(`${base(site)}/entries/${encodeURIComponent(id)}`, { json: input })),
    deleteEntry: async (site: string, id: string): Promise<void> => {
      try {
        await http.delete(`${base(site)}/entries/${encodeURIComponent(id)}`);
      } catch (error) {
        throw await toApiProblem(error);
      }
    },
    /** Attaches a visitor's wording to an entry as another phrasing (issue 20). */
    addPhrasing: (site: string, id: string, text: string): Promise<AdminFaqEntry> =>
      read(adminFaqEntry, () =>
        http.post(`${base(site)}/entries/${encodeURIComponent(id)}/phrasings`, { json: { text } }),
      ),
    settings: (site: string): Promise<FaqSettings> => read(faqSettings, () => http.get(`${base(site)}/settings`)),
    saveSettings: (site: string, input: FaqSettings): Promise<FaqSettings> =>
      read(faqSettings, () => http.put(`${base(site)}/settings`, { json: input })),
    report: (site: string, range: { from?: number; to?: number } = {}): Promise<FaqReport> =>
      read(faqReport, () =>
        http.get(`${base(site)}/report`, {
          searchParams: Object.fromEntries(Object.entries(range).map(([k, v]) => [k, String(v)])),
        }),
      ),
  };
}

export type FaqApi = ReturnType<typeof createFaqApi>;
