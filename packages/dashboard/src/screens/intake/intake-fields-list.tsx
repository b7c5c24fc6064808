/** The submitted answers, in the order the form asks them, each as plain text; then the firm's own questions (issue 17). */
import { intakeFieldNames, pickText } from '@retainer/schema';
import type { AdminSite, IntakeAnswerRecord, IntakeDetail } from '@retainer/schema/admin';
import type { ComponentChildren } from 'preact';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatDate } from '../../format/date.ts';

export function IntakeFieldsList({ detail, sites }: { detail: IntakeDetail; sites: readonly AdminSite[] }) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const lang = i18n.lang.value;
  const f = detail.fields;
  const site = sites.find((s) => s.id === detail.site);

  const value = (name: (typeof intakeFieldNames)[number]): ComponentChildren => {
    switch (name) {
      case 'email':
        return f.email ? <a href={`mailto:${f.email}`}>{f.email}</a> : null;
      case 'phone':
        return f.phone ? <a href={`tel:${f.phone.replace(/[^\d+]/g, '')}`}>{f.phone}</a> : null;
      case 'contactMethod':
        return f.contactMethod ? t.intake.contactMethods[f.contactMethod] : null;
      case 'practiceArea': {
        const area = site?.practiceAreas.find((p) => p.id === f.practiceArea);
        return area ? pickText(area.label, lang) : f.practiceArea || null;
      }
      case 'deadline':
        return f.deadline ? formatDate(Date.parse(`${f.deadline}T12:00:00`), lang) : null;
      case 'adverseParties':
      case 'relatedParties': {
        const parties = f[name];
        if (!parties || parties.length === 0) return null;
        return (
          <ul class="plain-list">
            {parties.map((party, index) => (
              <li key={index}>{party}</li>
            ))}
          </ul>
        );
      }
      case 'description':
        return f.description ? <p class="pre-wrap">{f.description}</p> : null;
      default:
        return f[name] || null;
    }
  };

  // Each with its question's label as it was when answered, not as the form reads today.
  const answerValue = (answer: IntakeAnswerRecord): ComponentChildren => {
    if (answer.valueLabel) return pickText(answer.valueLabel, lang);
    if (answer.kind === 'yesNo') return answer.value === 'yes' ? t.questions.yes : t.questions.no;
    if (answer.kind === 'date') return formatDate(Date.parse(`${answer.value}T12:00:00`), lang);
    if (answer.kind === 'longText') return <p class="pre-wrap">{answer.value}</p>;
    return answer.value;
  };
  const answers = detail.answers ?? [];

  const shown = intakeFieldNames.filter((name) => {
    const v = f[name];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  });

  return (
    <section class="panel" aria-labelledby="fields-title">
      <h2 id="fields-title" class="panel-title">
        {t.intake.fieldsTitle}
      </h2>
      {detail.erased && <p class="alert alert-info">{t.intake.erasedNotice}</p>}
      {shown.length + answers.length > 0 && (
        <dl class="field-list">
          {shown.map((name) => (
            <div key={name} class={`field-row field-row-${name}`}>
              <dt>{t.intake.fields[name]}</dt>
              <dd>{value(name)}</dd>
            </div>
          ))}
          {answers.map((answer) => (
            <div key={answer.id} class="field-row field-row-answer">
              <dt>{pickText(answer.label, lang)}</dt>
              <dd>{answerValue(answer)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
