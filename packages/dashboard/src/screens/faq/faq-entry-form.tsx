/**
 * Add or edit one FAQ entry: the question, other ways visitors ask it (one per line), the answer (plain
 * text; web addresses become links), practice area, language, the source page and the last-reviewed date.
 */
import { type Language, languages, type Problem } from '@retainer/schema';
import type { AdminFaqEntry, AdminSite, FaqEntryInput } from '@retainer/schema/admin';
import { useState } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Field } from '../../ui/field.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextField } from '../../ui/text-field.tsx';

type Props = {
  site: AdminSite;
  entry?: AdminFaqEntry | undefined;
  /** A question from the report to answer. */
  question?: string | undefined;
  onSave: (input: FaqEntryInput) => Promise<Problem | null>;
  onCancel: () => void;
};

const today = () => new Date().toISOString().slice(0, 10);

export function FaqEntryForm({ site, entry, question, onSave, onCancel }: Props) {
  const t = useMessages();
  const lang = useDashboard().i18n.lang.value;
  const [draft, setDraft] = useState({
    question: entry?.question ?? question ?? '',
    alternatives: entry?.alternatives.join('\n') ?? '',
    answer: entry?.answer ?? '',
    practiceArea: entry?.practiceArea ?? '',
    language: (entry?.language ?? site.defaultLanguage) as Language,
    sourceUrl: entry?.sourceUrl ?? '',
    lastReviewed: entry?.lastReviewed ?? today(),
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    const input: FaqEntryInput = {
      question: draft.question,
      alternatives: draft.alternatives
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      answer: draft.answer,
      ...(draft.practiceArea ? { practiceArea: draft.practiceArea } : {}),
      language: draft.language,
      sourceUrl: draft.sourceUrl.trim(),
      lastReviewed: draft.lastReviewed,
    };
    const refused = await onSave(input);
    setSaving(false);
    setProblem(refused);
  };

  return (
    <section class="panel" aria-labelledby="faq-entry-title">
      <h2 id="faq-entry-title" class="panel-title">
        {entry ? t.faq.editEntry : t.faq.addEntry}
      </h2>
      <form class="form faq-entry-form" onSubmit={submit} noValidate>
        <TextField
          id="faq-q"
          label={t.faq.question}
          value={draft.question}
          onInput={set('question')}
          required
          lang={draft.language}
        />
        <TextField
          id="faq-alternatives"
          label={t.faq.alternatives}
          hint={t.faq.alternativesHint}
          value={draft.alternatives}
          onInput={set('alternatives')}
          rows={4}
          lang={draft.language}
        />
        <TextField
          id="faq-answer"
          label={t.faq.answer}
          hint={t.faq.answerHint}
          value={draft.answer}
          onInput={set('answer')}
          rows={6}
          required
          lang={draft.language}
        />
        <Field id="faq-area" label={t.faq.practiceArea}>
          {(ids) => (
            <select {...ids} value={draft.practiceArea} onChange={(e) => set('practiceArea')(e.currentTarget.value)}>
              <option value="">{t.faq.general}</option>
              {site.practiceAreas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.label[lang] ?? area.label.en}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="faq-language" label={t.faq.language}>
          {(ids) => (
            <select {...ids} value={draft.language} onChange={(e) => set('language')(e.currentTarget.value)}>
              {languages.map((code) => (
                <option key={code} value={code}>
                  {t.languages[code]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id="faq-source"
          label={t.faq.sourceUrl}
          hint={t.faq.sourceUrlHint}
          value={draft.sourceUrl}
          onInput={set('sourceUrl')}
          type="url"
          required
        />
        <TextField
          id="faq-reviewed"
          label={t.faq.lastReviewed}
          value={draft.lastReviewed}
          onInput={set('lastReviewed')}
          type="date"
          required
        />
        <ProblemAlert problem={problem} />
        <div class="form-actions">
          <button type="submit" class="button button-primary" aria-disabled={saving ? 'true' : undefined}>
            {saving ? t.common.saving : t.common.save}
          </button>
          <button type="button" class="button" onClick={onCancel}>
            {t.common.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
