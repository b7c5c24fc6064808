/**
 * The bot's settings: its greeting per language, office hours (shown with phone and email), the office's
 * address and languages (the bot answers "where are you", "do you speak…" from them, issue 20), which
 * "talk to a person" choices it offers, and how long visitors' questions are kept.
 */
import { languages, type Problem } from '@retainer/schema';
import type { FaqSettings } from '@retainer/schema/admin';
import { useState } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextField } from '../../ui/text-field.tsx';

type Props = { settings: FaqSettings; onSave: (input: FaqSettings) => Promise<Problem | null> };

/** Monday first, as the week reads in an office. */
const week = [1, 2, 3, 4, 5, 6, 0];

export function FaqSettingsForm({ settings, onSave }: Props) {
  const t = useMessages();
  const { announcer } = useDashboard();
  const [draft, setDraft] = useState<FaqSettings>(settings);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const hours = draft.hours;
  const handoff = draft.handoff;
  const office = draft.office ?? { languages: [] };
  const [languageText, setLanguageText] = useState(office.languages.join(', '));
  const setOffice = (next: NonNullable<FaqSettings['office']>) => setDraft({ ...draft, office: next });
  const setLocalized = (field: 'address' | 'directions', code: string, value: string) => {
    const { [field]: current, ...rest } = office;
    const text = { ...(current ?? { en: '' }), [code]: value };
    const filled = Object.values(text).some((v) => v.trim());
    setOffice(filled ? { ...rest, [field]: text } : rest);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    const refused = await onSave(draft);
    setSaving(false);
    setProblem(refused);
    if (!refused) announcer.announce(t.faq.settingsSaved);
  };

  return (
    <section class="panel" aria-labelledby="faq-settings-title">
      <h2 id="faq-settings-title" class="panel-title">
        {t.faq.settingsTitle}
      </h2>
      <form class="form" onSubmit={submit} noValidate>
        {languages.map((code) => (
          <TextField
            key={code}
            id={`faq-greeting-${code}`}
            label={t.faq.greeting(t.languages[code])}
            value={draft.greeting[code] ?? ''}
            onInput={(value) => setDraft({ ...draft, greeting: { ...draft.greeting, [code]: value } })}
            required={code === 'en'}
            lang={code}
            rows={2}
          />
        ))}
        <fieldset class="fieldset">
          <legend>{t.faq.hours}</legend>
          <TextField
            id="faq-zone"
            label={t.faq.timeZone}
            value={hours.timeZone}
            onInput={(timeZone) => setDraft({ ...draft, hours: { ...hours, timeZone } })}
          />
          <div class="checkbox-row">
            {week.map((day) => (
              <label class="checkbox" key={day}>
                <input
                  type="checkbox"
                  checked={hours.days.includes(day)}
                  onChange={(event) => {
                    const days = event.currentTarget.checked
                      ? [...hours.days, day].sort()
                      : hours.days.filter((d) => d !== day);
                    setDraft({ ...draft, hours: { ...hours, days } });
                  }}
                />
                {t.faq.days[day]}
              </label>
            ))}
          </div>
          <div class="field-row">
            <TextField
              id="faq-start"
              label={t.faq.opens}
              type="time"
              value={hours.start}
              onInput={(start) => setDraft({ ...draft, hours: { ...hours, start } })}
            />
            <TextField
              id="faq-end"
              label={t.faq.closes}
              type="time"
              value={hours.end}
              onInput={(end) => setDraft({ ...draft, hours: { ...hours, end } })}
            />
          </div>
        </fieldset>
        <fieldset class="fieldset">
          <legend>{t.faq.officeTitle}</legend>
          <p class="muted">{t.faq.officeHelp}</p>
          {(['address', 'directions'] as const).flatMap((field) =>
            languages.map((code) => (
              <TextField
                key={`${field}-${code}`}
                id={`faq-${field}-${code}`}
                label={t.faq.officeField[field](t.languages[code])}
                value={office[field]?.[code] ?? ''}
                onInput={(value) => setLocalized(field, code, value)}
                lang={code}
                rows={2}
              />
            )),
          )}
          <TextField
            id="faq-languages"
            label={t.faq.officeLanguages}
            hint={t.faq.officeLanguagesHint}
            value={languageText}
            onInput={(value) => {
              setLanguageText(value);
              const codes = value
                .split(/[\s,]+/)
                .map((code) => code.trim().toLowerCase())
                .filter(Boolean);
              setOffice({ ...office, languages: codes });
            }}
          />
        </fieldset>
        <fieldset class="fieldset">
          <legend>{t.faq.handoffTitle}</legend>
          <p class="muted">{t.faq.handoffHelp}</p>
          {(['intake', 'phone', 'email'] as const).map((channel) => (
            <label class="checkbox" key={channel}>
              <input
                type="checkbox"
                checked={handoff[channel]}
                onChange={(event) =>
                  setDraft({ ...draft, handoff: { ...handoff, [channel]: event.currentTarget.checked } })
                }
              />
              {t.faq.channels[channel]}
            </label>
          ))}
          <TextField
            id="faq-contact-page"
            label={t.faq.contactPage}
            hint={t.faq.contactPageHint}
            value={handoff.contactPage ?? ''}
            onInput={(value) => {
              const { contactPage: _old, ...rest } = handoff;
              setDraft({ ...draft, handoff: value.trim() ? { ...rest, contactPage: value.trim() } : rest });
            }}
          />
        </fieldset>
        <TextField
          id="faq-retention"
          label={t.faq.retention}
          hint={t.faq.retentionHint}
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          value={String(draft.retentionDays)}
          onInput={(value) => setDraft({ ...draft, retentionDays: Number(value) || 0 })}
        />
        <ProblemAlert problem={problem} />
        <div class="form-actions">
          <button type="submit" class="button button-primary" aria-disabled={saving ? 'true' : undefined}>
            {saving ? t.common.saving : t.common.save}
          </button>
        </div>
      </form>
    </section>
  );
}
