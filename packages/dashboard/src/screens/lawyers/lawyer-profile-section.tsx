/** Name, title and photo: a URL typed in, or an image uploaded as raw bytes to the collector. */
import { useDashboard, useMessages } from '../../app-context.ts';
import type { LawyerEditorModel } from './lawyer-editor-model.ts';
import { LawyerTextField } from './lawyer-text-field.tsx';

export function LawyerProfileSection({ editor }: { editor: LawyerEditorModel }) {
  const t = useMessages();
  const { announcer } = useDashboard();
  const d = editor.draft.value;
  const failure = editor.uploadFailure.value;
  const failureText = failure
    ? failure.reason === 'too_large'
      ? t.lawyers.photoTooLarge
      : failure.reason === 'wrong_type'
        ? t.lawyers.photoType
        : (failure.problem?.title ?? t.problems.server)
    : undefined;

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const ok = await editor.upload(file);
    input.value = '';
    if (ok) announcer.announce(t.lawyers.uploaded);
  };

  return (
    <section class="panel form-section" aria-labelledby="lawyer-profile">
      <h2 id="lawyer-profile" class="panel-title">
        {t.lawyers.sections.profile}
      </h2>
      <div class="form-grid">
        <LawyerTextField
          editor={editor}
          path="name"
          label={t.lawyers.name}
          value={d.name}
          required
          autoComplete="off"
          onInput={(name) => editor.update((x) => ({ ...x, name }))}
        />
        <LawyerTextField
          editor={editor}
          path="title"
          label={t.lawyers.titleField}
          hint={t.lawyers.titleHint}
          value={d.title}
          required
          onInput={(title) => editor.update((x) => ({ ...x, title }))}
        />
      </div>
      <LawyerTextField
        editor={editor}
        path="photoUrl"
        label={t.lawyers.photoUrl}
        hint={t.lawyers.photoHint}
        type="url"
        value={d.photoUrl}
        onInput={(photoUrl) => editor.update((x) => ({ ...x, photoUrl }))}
      />
      <div class={`field${failureText ? ' field-invalid' : ''}`}>
        <label for="lawyer-photo-file">{t.lawyers.photoUpload}</label>
        <input
          id="lawyer-photo-file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          disabled={editor.uploading.value}
          aria-describedby={failureText ? 'lawyer-photo-file-error' : undefined}
          aria-invalid={failureText ? true : undefined}
          onChange={onFile}
        />
        {editor.uploading.value && (
          <p class="muted" role="status">
            {t.lawyers.uploading}
          </p>
        )}
        {failureText && (
          <p class="field-error" id="lawyer-photo-file-error" role="alert">
            {failureText}
          </p>
        )}
      </div>
    </section>
  );
}
