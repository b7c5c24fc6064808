/**
 * Editing one lawyer profile (or creating one): the draft, field errors from the same schema the
 * collector uses (and from its problem+json answer), the photo upload, and saving.
 *
 * @example
 *   const editor = createLawyerEditorModel(api, 'harbor-vale', lawyer);
 *   editor.update((d) => ({ ...d, title: 'Partner' }));
 *   const saved = await editor.save(); // the stored profile, or null with `errors` filled
 */
import { signal } from '@preact/signals';
import { issuesToErrors, type Problem, problemTypes } from '@retainer/schema';
import { type AdminLawyer, type LawyerInput, lawyerInput, maxPhotoBytes } from '@retainer/schema/admin';
import type { AdminApi } from '../../api/admin-api.ts';
import { toApiProblem } from '../../api/api-problem.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { draftFromLawyer, draftToInput, type LawyerDraft, newLawyerDraft } from './lawyer-draft.ts';

/** Why a photo upload failed, in words the form shows under the photo field. */
export type UploadFailure = 'too_large' | 'wrong_type' | 'other';

export function createLawyerEditorModel(api: AdminApi, site: string, lawyer?: AdminLawyer) {
  const draft = signal<LawyerDraft>(lawyer ? draftFromLawyer(lawyer) : newLawyerDraft());
  const errors = signal<FieldErrors>({});
  const saving = signal(false);
  const saveProblem = signal<Problem | null>(null);
  const uploading = signal(false);
  const uploadFailure = signal<{ reason: UploadFailure; problem?: Problem } | null>(null);
  let current = lawyer;

  function update(change: (d: LawyerDraft) => LawyerDraft) {
    draft.value = change(draft.value);
  }

  /** Checks the draft; returns the input to send, or null with `errors` filled. */
  function validate(): LawyerInput | null {
    const result = lawyerInput.safeParse(draftToInput(draft.value));
    const found: FieldErrors = {};
    if (!result.success) for (const issue of issuesToErrors(result.error.issues)) found[issue.path] ??= issue.code;
    errors.value = found;
    return result.success ? result.data : null;
  }

  async function save(): Promise<AdminLawyer | null> {
    saveProblem.value = null;
    const input = validate();
    if (!input) return null;
    saving.value = true;
    try {
      const saved = current ? await api.updateLawyer(site, current.id, input) : await api.createLawyer(site, input);
      current = saved;
      draft.value = draftFromLawyer(saved);
      return saved;
    } catch (error) {
      const answer = (await toApiProblem(error)).problem;
      saveProblem.value = answer;
      const found: FieldErrors = {};
      for (const issue of answer.errors ?? []) found[issue.path] ??= issue.code;
      errors.value = found;
      return null;
    } finally {
      saving.value = false;
    }
  }

  /** Sends the file's bytes; on success the photo URL field holds the collector's address for it. */
  async function upload(file: File): Promise<boolean> {
    uploadFailure.value = null;
    // Checked here too so a large file is not sent just to be refused; the collector checks again.
    if (file.size > maxPhotoBytes) {
      uploadFailure.value = { reason: 'too_large' };
      return false;
    }
    uploading.value = true;
    try {
      const photo = await api.uploadPhoto(site, file);
      update((d) => ({ ...d, photoUrl: photo.url }));
      return true;
    } catch (error) {
      const answer = (await toApiProblem(error)).problem;
      const reason: UploadFailure =
        answer.type === problemTypes.payloadTooLarge || answer.status === 413
          ? 'too_large'
          : answer.type === problemTypes.unsupportedMediaType || answer.status === 415
            ? 'wrong_type'
            : 'other';
      uploadFailure.value = { reason, problem: answer };
      return false;
    } finally {
      uploading.value = false;
    }
  }

  return {
    draft,
    errors,
    saving,
    saveProblem,
    uploading,
    uploadFailure,
    creating: () => current === undefined,
    update,
    validate,
    save,
    upload,
  };
}

export type LawyerEditorModel = ReturnType<typeof createLawyerEditorModel>;
