/** Time zone, open days and hours, and the response target the inbox clock counts against. */
import { useMessages } from '../../app-context.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import type { TargetUnit } from './site-draft.ts';
import type { SiteEditorModel } from './site-editor-model.ts';
import { errorAt } from './site-field-ids.ts';
import { SiteTextField } from './site-text-field.tsx';
import { TimeZoneSelect } from './time-zone-select.tsx';

/** Monday first, as most firms' weeks run; values stay 0 = Sunday … 6 = Saturday. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];
const targetUnits: TargetUnit[] = ['hour', 'businessDay', 'day'];

export function SiteHoursSection({ editor }: { editor: SiteEditorModel }) {
  const t = useMessages();
  const d = editor.draft.value;
  const daysError = errorAt(editor.errors.value, 'businessHours.days');
  const setHours = (change: Partial<typeof d.hours>) =>
    editor.update((x) => ({ ...x, hours: { ...x.hours, ...change } }));
  const toggleDay = (day: number, on: boolean) =>
    setHours({ days: on ? [...d.hours.days, day] : d.hours.days.filter((x) => x !== day) });

  return (
    <section class="panel form-section" aria-labelledby="site-hours">
      <h2 id="site-hours" class="panel-title">
        {t.sites.sections.hours}
      </h2>
      <TimeZoneSelect
        id="site-businessHours-timeZone"
        label={t.sites.timeZone}
        value={d.hours.timeZone}
        onChange={(timeZone) => setHours({ timeZone })}
      />
      <fieldset
        class="fieldset"
        id="site-businessHours-days"
        aria-describedby={daysError ? 'site-days-error' : undefined}
      >
        <legend>{t.sites.days}</legend>
        <div class="checkbox-row">
          {weekOrder.map((day) => (
            <label key={day} class="checkbox">
              <input
                type="checkbox"
                checked={d.hours.days.includes(day)}
                onChange={(event) => toggleDay(day, event.currentTarget.checked)}
              />
              {t.sites.weekdays[day]}
            </label>
          ))}
        </div>
        {daysError && (
          <p class="field-error" id="site-days-error">
            {fieldErrorMessage(daysError.code, t)}
          </p>
        )}
      </fieldset>
      <div class="form-grid form-grid-narrow">
        <SiteTextField
          editor={editor}
          path="businessHours.start"
          type="time"
          label={t.sites.start}
          value={d.hours.start}
          onInput={(start) => setHours({ start })}
        />
        <SiteTextField
          editor={editor}
          path="businessHours.end"
          type="time"
          label={t.sites.end}
          value={d.hours.end}
          onInput={(end) => setHours({ end })}
        />
      </div>
      <fieldset class="fieldset" aria-describedby="site-target-hint">
        <legend>{t.sites.target}</legend>
        <p class="field-hint" id="site-target-hint">
          {t.sites.targetHint}
        </p>
        <div class="form-grid form-grid-narrow">
          <SiteTextField
            editor={editor}
            path="responseTarget.amount"
            type="number"
            min={1}
            max={365}
            label={t.sites.targetAmount}
            value={d.targetAmount}
            onInput={(targetAmount) => editor.update((x) => ({ ...x, targetAmount }))}
          />
          <div class="field">
            <label for="site-responseTarget-unit">{t.sites.targetUnit}</label>
            <select
              id="site-responseTarget-unit"
              value={d.targetUnit}
              onChange={(event) =>
                editor.update((x) => ({ ...x, targetUnit: event.currentTarget.value as TargetUnit }))
              }
            >
              {targetUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {t.sites.targetUnits[unit]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </section>
  );
}
