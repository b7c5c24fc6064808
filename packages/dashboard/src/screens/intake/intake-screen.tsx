/**
 * One intake, read in full. Everything the prospect typed is rendered as text (never as HTML),
 * so a submitted `<script>` shows as the characters it is.
 */
import { useMemo } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { isOverdue } from '../../format/clock.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { StateBadge } from '../../ui/state-badge.tsx';
import { Loading } from '../../ui/states.tsx';
import { createLookups } from '../inbox/lookups.ts';
import { ClioGrowPanel } from './clio-grow-panel.tsx';
import { ConflictFlags } from './conflict-flags.tsx';
import { IntakeActions } from './intake-actions.tsx';
import { IntakeFieldsList } from './intake-fields-list.tsx';
import { IntakeHistory } from './intake-history.tsx';
import { IntakeMeta } from './intake-meta.tsx';
import { createIntakeModel } from './intake-model.ts';
import { IntakeNotes } from './intake-notes.tsx';
import { IntakeReplies } from './intake-replies.tsx';
import { OpenMatterPanel } from './open-matter-panel.tsx';

export function IntakeScreen({ id }: { id: string }) {
  const t = useMessages();
  const { api } = useDashboard();
  const intake = useMemo(() => createIntakeModel(api, id), [api, id]);
  const lookups = useMemo(() => createLookups(api), [api]);
  const detail = intake.detail.value;

  return (
    <>
      <p class="breadcrumb">
        <Link href={paths.inbox}>
          <span aria-hidden="true">← </span>
          {t.intake.back}
        </Link>
      </p>
      <PageHeader
        title={t.intake.title(detail?.reference ?? '')}
        actions={
          detail && (
            <div class="header-badges">
              <StateBadge state={detail.state} />
              {isOverdue(detail) && <span class="badge badge-overdue">{t.inbox.overdueBadge}</span>}
            </div>
          )
        }
      />
      {!detail && intake.loading.value && <Loading />}
      {!detail && <ProblemAlert problem={intake.problem.value} onRetry={() => intake.load()} />}
      {detail && (
        <div class="detail-layout">
          {/* Actions come first for keyboard and screen reader users too; CSS puts them on the right. */}
          <div class="detail-aside">
            <IntakeActions intake={intake} detail={detail} users={lookups.users.value} />
            <OpenMatterPanel detail={detail} onOpened={() => intake.load()} />
            <ClioGrowPanel detail={detail} onConflictCleared={() => intake.load()} />
            <IntakeMeta detail={detail} sites={lookups.sites.value} />
          </div>
          <div class="detail-main">
            <ConflictFlags conflicts={detail.conflicts} cleared={detail.conflictClearance} />
            <IntakeFieldsList detail={detail} sites={lookups.sites.value} />
            <IntakeReplies intake={intake} />
            <IntakeNotes intake={intake} />
            <IntakeHistory history={detail.history} />
          </div>
        </div>
      )}
    </>
  );
}
