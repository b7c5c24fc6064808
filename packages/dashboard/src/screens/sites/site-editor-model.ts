/**
 * Editing one site's settings (or creating a site): the draft, its field errors from the same
 * schema the collector uses, the disclaimer's version history, and saving.
 *
 * @example
 *   const editor = createSiteEditorModel(api, 'harbor-vale');
 *   editor.update((d) => ({ ...d, name: 'Harbor & Vale LLP' }));
 *   await editor.save(); // true when stored
 */
import { signal } from '@preact/signals';
import { issuesToErrors, type Problem } from '@retainer/schema';
import { type AdminSite, createSite, type DisclaimerVersionRecord, siteSettingsInput } from '@retainer/schema/admin';
import type { AdminApi } from '../../api/admin-api.ts';
import { toApiProblem } from '../../api/api-problem.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { draftFromSite, draftIssues, draftToInput, newSiteDraft, type SiteDraft } from './site-draft.ts';

export function createSiteEditorModel(api: AdminApi, id?: string) {
  const site = signal<AdminSite | null>(null);
  const draft = signal<SiteDraft>(newSiteDraft());
  const versions = signal<DisclaimerVersionRecord[]>([]);
  const loading = signal(id !== undefined);
  const problem = signal<Problem | null>(null);
  const saving = signal(false);
  const saveProblem = signal<Problem | null>(null);
  const errors = signal<FieldErrors>({});

  async function load() {
    if (id === undefined) return;
    loading.value = true;
    try {
      const [loaded, history] = await Promise.all([api.getSite(id), api.listDisclaimers(id).catch(() => [])]);
      site.value = loaded;
      draft.value = draftFromSite(loaded);
      versions.value = [...history].sort((a, b) => b.version - a.version);
      problem.value = null;
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      loading.value = false;
    }
  }

  function update(change: (current: SiteDraft) => SiteDraft) {
    draft.value = change(draft.value);
  }

  /** Checks the draft; returns the error count (0 means it can be sent). */
  function validate(): number {
    const input = draftToInput(draft.value);
    const result =
      id === undefined
        ? createSite.safeParse({ ...input, id: draft.value.id.trim() })
        : siteSettingsInput.safeParse(input);
    const found: FieldErrors = {};
    const list = [...(result.success ? [] : issuesToErrors(result.error.issues)), ...draftIssues(draft.value)];
    for (const issue of list) found[issue.path] ??= issue.code;
    errors.value = found;
    return Object.keys(found).length;
  }

  async function save(): Promise<AdminSite | null> {
    saveProblem.value = null;
    if (validate() > 0) return null;
    saving.value = true;
    try {
      const input = draftToInput(draft.value);
      const saved =
        id === undefined
          ? await api.createSite({ ...input, id: draft.value.id.trim() })
          : await api.updateSite(id, input);
      site.value = saved;
      draft.value = draftFromSite(saved);
      api.listDisclaimers(saved.id).then(
        (history) => {
          versions.value = [...history].sort((a, b) => b.version - a.version);
        },
        () => {},
      );
      return saved;
    } catch (error) {
      const answer = (await toApiProblem(error)).problem;
      saveProblem.value = answer;
      for (const issue of answer.errors ?? []) errors.value = { ...errors.value, [issue.path]: issue.code };
      return null;
    } finally {
      saving.value = false;
    }
  }

  load();
  return { site, draft, versions, loading, problem, saving, saveProblem, errors, load, update, validate, save };
}

export type SiteEditorModel = ReturnType<typeof createSiteEditorModel>;
