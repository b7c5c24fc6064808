/** Site name, its id (fixed once created) and the origins allowed to embed the widgets. */
import { useMessages } from '../../app-context.ts';
import type { SiteEditorModel } from './site-editor-model.ts';
import { SiteTextField } from './site-text-field.tsx';

export function SiteGeneralSection({ editor, creating }: { editor: SiteEditorModel; creating: boolean }) {
  const t = useMessages();
  const d = editor.draft.value;
  return (
    <section class="panel form-section" aria-labelledby="site-general">
      <h2 id="site-general" class="panel-title">
        {t.sites.sections.general}
      </h2>
      <div class="form-grid">
        <SiteTextField
          editor={editor}
          path="name"
          label={t.sites.name}
          value={d.name}
          required
          onInput={(name) => editor.update((x) => ({ ...x, name }))}
        />
        <SiteTextField
          editor={editor}
          path="publicName"
          label={t.sites.publicName}
          hint={t.sites.publicNameHint}
          value={d.publicName}
          onInput={(publicName) => editor.update((x) => ({ ...x, publicName }))}
        />
        {creating && (
          <SiteTextField
            editor={editor}
            path="id"
            label={t.sites.id}
            hint={t.sites.idHint}
            value={d.id}
            required
            onInput={(id) => editor.update((x) => ({ ...x, id: id.toLowerCase() }))}
          />
        )}
      </div>
      <SiteTextField
        editor={editor}
        path="allowedOrigins"
        label={t.sites.originsLabel}
        hint={t.sites.originsHint}
        value={d.origins}
        rows={3}
        onInput={(origins) => editor.update((x) => ({ ...x, origins }))}
      />
    </section>
  );
}
