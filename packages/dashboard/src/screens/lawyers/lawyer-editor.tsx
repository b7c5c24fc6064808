/**
 * The whole profile form beside a live preview of the card. Client-side checks use the same
 * schema as the collector; the collector's problem+json field errors land on the same fields.
 */
import type { AdminLawyer, AdminSite } from '@retainer/schema/admin';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ErrorSummary } from '../sites/error-summary.tsx';
import { LawyerCardPreview } from './lawyer-card-preview.tsx';
import { LawyerContactSection } from './lawyer-contact-section.tsx';
import { LawyerCredentialsSection } from './lawyer-credentials-section.tsx';
import { createLawyerEditorModel } from './lawyer-editor-model.ts';
import { controlId, labelForPath } from './lawyer-field-ids.ts';
import { LawyerPracticeSection } from './lawyer-practice-section.tsx';
import { LawyerProfileSection } from './lawyer-profile-section.tsx';
import { LawyerStatusSection } from './lawyer-status-section.tsx';

type LawyerEditorProps = {
  site: AdminSite;
  lawyer?: AdminLawyer | undefined;
  onSaved: (lawyer: AdminLawyer) => void;
  onCancel: () => void;
};

export function LawyerEditor({ site, lawyer, onSaved, onCancel }: LawyerEditorProps) {
  const t = useMessages();
  const { api, announcer, i18n } = useDashboard();
  const editor = useMemo(() => createLawyerEditorModel(api, site.id, lawyer), [api, site.id, lawyer]);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const creating = lawyer === undefined;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const saved = await editor.save();
    setAttempt((n) => n + 1);
    if (!saved) return;
    announcer.announce(creating ? t.lawyers.created(saved.name) : t.lawyers.saved(saved.name));
    onSaved(saved);
  };

  return (
    <div class="lawyer-editor">
      <h2 class="section-title" tabIndex={-1} ref={heading}>
        {creating ? t.lawyers.newTitle : t.lawyers.editTitle(lawyer.name)}
      </h2>
      <div class="lawyer-editor-layout">
        <form class="site-form" onSubmit={onSubmit} noValidate>
          <ErrorSummary
            errors={editor.errors.value}
            attempt={attempt}
            controlId={controlId}
            labelForPath={labelForPath}
          />
          <p class="form-note">{t.common.requiredNote}</p>
          <LawyerProfileSection editor={editor} />
          <LawyerPracticeSection editor={editor} site={site} />
          <LawyerCredentialsSection editor={editor} />
          <LawyerContactSection editor={editor} />
          <LawyerStatusSection editor={editor} />
          <ProblemAlert problem={editor.saveProblem.value} labelFor={(path) => labelForPath(path, t)} />
          <div class="form-footer">
            <button type="submit" class="button button-primary" disabled={editor.saving.value}>
              {editor.saving.value ? t.common.saving : creating ? t.lawyers.create : t.common.save}
            </button>
            <button type="button" class="button button-secondary" onClick={onCancel}>
              {t.common.cancel}
            </button>
          </div>
        </form>
        <LawyerCardPreview draft={editor.draft.value} site={site} locale={i18n.lang.value} />
      </div>
    </div>
  );
}
