/**
 * What visitors asked in the last 30 days: how many questions, how many were answered, how many led to an
 * intake, the unanswered ones grouped (most frequent first, each with a shortcut to write its answer),
 * and the latest questions.
 */
import type { FaqReport } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatShortDateTime } from '../../format/date.ts';
import { EmptyState } from '../../ui/states.tsx';

export function FaqReportPanel({ report, onAnswer }: { report: FaqReport; onAnswer: (question: string) => void }) {
  const t = useMessages();
  const lang = useDashboard().i18n.lang.value;
  const stats: [string, number][] = [
    [t.faq.asked, report.asked],
    [t.faq.answered, report.answered],
    [t.faq.unanswered, report.unanswered],
    [t.faq.ledToIntake, report.ledToIntake],
  ];
  return (
    <section class="panel" aria-labelledby="faq-report-title">
      <h2 id="faq-report-title" class="panel-title">
        {t.faq.reportTitle}
      </h2>
      <dl class="faq-stats">
        {stats.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t.faq.unansweredTitle}</h3>
      {report.unansweredGroups.length === 0 ? (
        <EmptyState title={t.faq.noUnanswered} />
      ) : (
        <div class="table-scroll">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t.faq.question}</th>
                <th scope="col">{t.faq.times}</th>
                <th scope="col">{t.faq.ledToIntake}</th>
                <th scope="col">{t.faq.lastAsked}</th>
                <th scope="col">
                  <span class="visually-hidden">{t.faq.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {report.unansweredGroups.map((group) => (
                <tr key={group.text}>
                  <th scope="row">{group.text}</th>
                  <td>{group.count}</td>
                  <td>{group.ledToIntake}</td>
                  <td>{formatShortDateTime(group.lastAskedAt, lang)}</td>
                  <td>
                    <button
                      type="button"
                      class="button button-small"
                      aria-label={`${t.faq.writeAnswer}: ${group.text}`}
                      onClick={() => onAnswer(group.text)}
                    >
                      {t.faq.writeAnswer}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t.faq.recentTitle}</h3>
      {report.questions.length === 0 ? (
        <EmptyState title={t.faq.noQuestions} />
      ) : (
        <div class="table-scroll">
          <table class="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t.faq.question}</th>
                <th scope="col">{t.faq.outcome}</th>
                <th scope="col">{t.faq.askedAt}</th>
                <th scope="col">{t.faq.ledToIntake}</th>
              </tr>
            </thead>
            <tbody>
              {report.questions.slice(0, 50).map((q) => (
                <tr key={q.id}>
                  <th scope="row" lang={q.lang}>
                    {q.question}
                  </th>
                  <td>
                    {t.faq.outcomes[q.outcome]}
                    {q.entryQuestion && <span class="muted"> — {q.entryQuestion}</span>}
                  </td>
                  <td>{formatShortDateTime(q.askedAt, lang)}</td>
                  <td>{q.ledToIntake ? t.faq.yes : t.faq.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
