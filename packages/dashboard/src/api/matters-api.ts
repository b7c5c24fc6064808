/**
 * Typed calls to `/api/admin/matters…` (the status tracker's matters), checked against
 * `@retainer/schema/admin` like the rest of the admin API.
 *
 * @example
 *   const matters = createMattersApi(http);
 *   const { matters: list, targetDays } = await matters.list({ overdue: true });
 */
import {
  type AccessCodeIssued,
  accessCodeIssued,
  type CreateMatter,
  type InvoiceInput,
  type InvoiceStatus,
  type MatterCreated,
  type MatterDetail,
  type MatterList,
  type MatterStage,
  matterCreated,
  matterDetail,
  matterList,
  type SetNextStep,
} from '@retainer/schema/admin';
import type { KyInstance, ResponsePromise } from 'ky';
import { read } from './read-response.ts';

export function createMattersApi(http: KyInstance) {
  const matter = (id: string) => `matters/${encodeURIComponent(id)}`;
  const detail = (request: () => ResponsePromise) => read(matterDetail, request);
  return {
    list: (filters: { site?: string | undefined; overdue?: boolean } = {}): Promise<MatterList> => {
      const searchParams: Record<string, string> = {};
      if (filters.site) searchParams.site = filters.site;
      if (filters.overdue) searchParams.overdue = '1';
      return read(matterList, () => http.get('matters', { searchParams }));
    },
    create: (input: CreateMatter): Promise<MatterCreated> =>
      read(matterCreated, () => http.post('matters', { json: input })),
    get: (id: string): Promise<MatterDetail> => detail(() => http.get(matter(id))),
    /** Issue 17: a retained intake becomes a matter; the access code comes back this once. */
    openFromIntake: (intakeId: string): Promise<MatterCreated> =>
      read(matterCreated, () => http.post(`inbox/${encodeURIComponent(intakeId)}/matter`, { json: {} })),
    setStages: (id: string, stages: MatterStage[], currentStage: string) =>
      detail(() => http.put(`${matter(id)}/stages`, { json: { stages, currentStage } })),
    setLawyer: (id: string, lawyerId: string | null) =>
      detail(() => http.put(`${matter(id)}/lawyer`, { json: { lawyerId } })),
    postUpdate: (id: string, text: string) => detail(() => http.post(`${matter(id)}/updates`, { json: { text } })),
    setNextStep: (id: string, input: SetNextStep) => detail(() => http.put(`${matter(id)}/next-step`, { json: input })),
    addInvoice: (id: string, input: InvoiceInput) => detail(() => http.post(`${matter(id)}/invoices`, { json: input })),
    setInvoiceStatus: (id: string, invoice: string, status: InvoiceStatus) =>
      detail(() => http.put(`${matter(id)}/invoices/${encodeURIComponent(invoice)}`, { json: { status } })),
    markRead: (id: string, message: string) =>
      detail(() => http.post(`${matter(id)}/messages/${encodeURIComponent(message)}/read`, { json: {} })),
    reissueCode: (id: string): Promise<AccessCodeIssued> =>
      read(accessCodeIssued, () => http.post(`${matter(id)}/access-code`, { json: {} })),
    close: (id: string) => detail(() => http.post(`${matter(id)}/close`, { json: {} })),
  };
}

export type MattersApi = ReturnType<typeof createMattersApi>;
