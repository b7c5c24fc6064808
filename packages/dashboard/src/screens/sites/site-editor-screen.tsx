/** Creates a site or edits its settings. Staff can read the settings; only admins can save. */
import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { SiteAppearanceSection } from './site-appearance-section.tsx';
import { SiteAreasSection } from './site-areas-section.tsx';
import { SiteCaptchaForm } from './site-captcha-form.tsx';
import { SiteClioGrowForm } from './site-clio-grow-form.tsx';
import { SiteDisclaimerSection } from './site-disclaimer-section.tsx';
import { createSiteEditorModel } from './site-editor-model.ts';
import { labelForPath } from './site-field-ids.ts';
import { SiteFieldsSection } from './site-fields-section.tsx';
import { SiteGeneralSection } from './site-general-section.tsx';
import { SiteHoursSection } from './site-hours-section.tsx';
import { SiteQuestionsSection } from './site-questions-section.tsx';
import { SiteRetentionForm } from './site-retention-form.tsx';

export function SiteEditorScreen({ id }: { id?: string }) {
  const t = useMessages();
  const { api, session, announcer, router } = useDashboard();
  const editor = useMemo(() => createSiteEditorModel(api, id), [api, id]);
  const attempt = useSignal(0);
  const isAdmin = session.session.value?.user.role === 'admin';
  const creating = id === undefined;
  const site = editor.site.value;
  const title = creating ? t.sites.createTitle : t.sites.editTitle(site?.name ?? id);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const saved = await editor.save();
    attempt.value++;
    if (!saved) return;
    announcer.announce(creating ? t.sites.created : t.sites.saved);
    if (creating) router.navigate(paths.snippets(saved.id));
  };

  return (
    <>
      <p class="breadcrumb">
        <Link href={paths.sites}>
          <span aria-hidden="true">← </span>
          {t.nav.sites}
        </Link>
      </p>
      <PageHeader
        title={title}
        actions={
          site && (
            <Link class="button button-secondary" href={paths.snippets(site.id)}>
              {t.nav.snippets}
            </Link>
          )
        }
      />
      {editor.loading.value && <Loading />}
      <ProblemAlert problem={editor.problem.value} onRetry={() => editor.load()} />
      {!editor.loading.value && !editor.problem.value && (
        <form class="site-form" onSubmit={onSubmit} noValidate>
          <ErrorSummary errors={editor.errors.value} attempt={attempt.value} />
          {!isAdmin && <p class="alert alert-info">{t.sites.adminOnly}</p>}
          <p class="form-note">{t.common.requiredNote}</p>
          <fieldset class="fieldset-plain" disabled={!isAdmin}>
            <SiteGeneralSection editor={editor} creating={creating} />
            <SiteHoursSection editor={editor} />
            <SiteAreasSection editor={editor} />
            <SiteFieldsSection editor={editor} />
            <SiteQuestionsSection editor={editor} />
            <SiteDisclaimerSection editor={editor} />
            <SiteAppearanceSection editor={editor} />
          </fieldset>
          <ProblemAlert problem={editor.saveProblem.value} labelFor={(path) => labelForPath(path, t)} />
          {isAdmin && (
            <div class="form-footer">
              <button type="submit" class="button button-primary" disabled={editor.saving.value}>
                {editor.saving.value ? t.common.saving : creating ? t.sites.create : t.common.save}
              </button>
            </div>
          )}
        </form>
      )}
      {!creating && id && !editor.loading.value && !editor.problem.value && <SiteRetentionForm site={id} />}
      {!creating && id && !editor.loading.value && !editor.problem.value && <SiteCaptchaForm site={id} />}
      {!creating && id && !editor.loading.value && !editor.problem.value && <SiteClioGrowForm site={id} />}
    </>
  );
}
