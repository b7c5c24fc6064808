/**
 * What visitors asked in the last 30 days: how many questions, how many were answered, how many led to an
 * intake, the unanswered ones grouped by what they ask in any language (most frequent first), each with its
 * wordings and two ways to close the gap — attach the wording to an existing entry in one click (the closest
 * one is suggested, issue 20) or write a new answer — and the latest questions.
 */
import type { Problem } from '@retainer/schema';
import type { AdminFaqEntry, FaqReport, FaqUnansweredGroup } from '@retainer/schema/admin';
import { useState } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatShortDateTime } from '../../format/date.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { EmptyState } from '../../ui/states.tsx';

type Props = {
  report: FaqReport;
  entries: AdminFaqEntry[];
  onAnswer: (question: string) => void;
  onAttach: (entryId: string, group: FaqUnansweredGroup, text: string) => Promise<Problem | null>;
};

export function FaqReportPanel({ report, entries, onAnswer, onAttach }: Props) {
  const t = useMessages();
  const { i18n, announcer } = useDashboard();
  const lang = i18n.lang.value;
  const [problem, setProblem] = useState<Problem | null>(null);
  const attach = async (entryId: string, group: FaqUnansweredGroup) => {
    const text = group.examples[0]?.text ?? group.text;
    const refused = await onAttach(entryId, group, text);
    setProblem(refused);
    const entry = entries.find((e) => e.id === entryId);
    if (!refused) announcer.announce(t.faq.phrasingAdded(entry?.question ?? ''));
  };
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
      <ProblemAlert problem={problem} />
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
                <tr key={`${group.text}-${group.lastAskedAt}`}>
                  <th scope="row">
                    {group.text}
                    {group.examples.length > 1 && (
                      <ul class="faq-wordings" aria-label={t.faq.wordings}>
                        {group.examples.map((example) => (
                          <li key={example.text} lang={example.lang}>
                            {example.text}
                          </li>
                        ))}
                      </ul>
                    )}
                  </th>
                  <td>{group.count}</td>
                  <td>{group.ledToIntake}</td>
                  <td>{formatShortDateTime(group.lastAskedAt, lang)}</td>
                  <td>
                    <div class="faq-gap-actions">
                      {group.suggestion && (
                        <button
                          type="button"
                          class="button button-small button-primary"
                          onClick={() => void attach(group.suggestion?.entry ?? '', group)}
                        >
                          {t.faq.attachTo(group.suggestion.question)}
                        </button>
                      )}
                      <AttachToOther group={group} entries={entries} onAttach={attach} />
                      <button
                        type="button"
                        class="button button-small"
                        aria-label={`${t.faq.writeAnswer}: ${group.text}`}
                        onClick={() => onAnswer(group.text)}
                      >
                        {t.faq.writeAnswer}
                      </button>
                    </div>
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

/** Any other entry: a select and a button, for when the suggestion is not the right one. */
function AttachToOther({
  group,
  entries,
  onAttach,
}: {
  group: FaqUnansweredGroup;
  entries: AdminFaqEntry[];
  onAttach: (entryId: string, group: FaqUnansweredGroup) => Promise<void>;
}) {
  const t = useMessages();
  const [entryId, setEntryId] = useState('');
  const id = `faq-attach-${group.lastAskedAt}-${group.count}`;
  return (
    <form
      class="faq-attach"
      onSubmit={(event) => {
        event.preventDefault();
        if (entryId) void onAttach(entryId, group);
      }}
    >
      <label for={id} class="visually-hidden">
        {t.faq.attachOther(group.text)}
      </label>
      <select id={id} value={entryId} onChange={(event) => setEntryId(event.currentTarget.value)}>
        <option value="">{t.faq.chooseEntry}</option>
        {entries.map((entry) => (
          <option key={entry.id} value={entry.id} lang={entry.language}>
            {entry.question}
          </option>
        ))}
      </select>
      <button type="submit" class="button button-small" aria-disabled={entryId ? undefined : 'true'}>
        {t.faq.addPhrasing}
      </button>
    </form>
  );
}
