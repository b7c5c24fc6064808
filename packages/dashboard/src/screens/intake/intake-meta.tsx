/** Facts about the submission: when, where from, which disclaimer version, the response clock. */

import { languages } from '@retainer/schema';
import type { AdminSite, IntakeDetail } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { describeClock } from '../../format/clock.ts';
import { formatDateTime } from '../../format/date.ts';

export function IntakeMeta({ detail, sites }: { detail: IntakeDetail; sites: readonly AdminSite[] }) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const lang = i18n.lang.value;
  const clock = describeClock(detail, t);
  const siteName = sites.find((s) => s.id === detail.site)?.name ?? detail.site;
  const submittedIn = languages.find((l) => l === detail.lang);
  return (
    <section class="panel" aria-labelledby="meta-title">
      <h2 id="meta-title" class="panel-title">
        {t.intake.clock}
      </h2>
      <p class={`clock clock-${clock.tone} clock-large`}>{clock.text}</p>
      <dl class="meta-list">
        <dt>{t.intake.received}</dt>
        <dd>{formatDateTime(detail.receivedAt, lang)}</dd>
        <dt>{t.intake.dueAt}</dt>
        <dd>{formatDateTime(detail.clock.dueAt, lang)}</dd>
        {detail.clock.firstContactAt !== null && (
          <>
            <dt>{t.intake.firstContact}</dt>
            <dd>{formatDateTime(detail.clock.firstContactAt, lang)}</dd>
          </>
        )}
        <dt>{t.intake.site}</dt>
        <dd>{siteName}</dd>
        {detail.lang && (
          <>
            <dt>{t.intake.language}</dt>
            <dd>{submittedIn ? t.languages[submittedIn] : detail.lang}</dd>
          </>
        )}
        {detail.requestedLawyer && (
          <>
            <dt>{t.intake.askedFor}</dt>
            <dd>{detail.requestedLawyer.name ?? t.intake.askedForRemoved}</dd>
          </>
        )}
        <dt>{t.intake.disclaimer}</dt>
        <dd>{t.intake.disclaimerVersion(detail.disclaimerVersion)}</dd>
        {detail.declineReason && (
          <>
            <dt>{t.intake.declineReasonShown}</dt>
            <dd class="pre-wrap">{detail.declineReason}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
