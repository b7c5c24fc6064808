/** The map's filters: date range (presets or custom), comparison, and the five dimensions. */
import { type JourneyDimension, type JourneyLawyer, journeyDimensions } from '@retainer/schema/admin';
import { useId } from 'preact/hooks';
import { useMessages } from '../../app-context.ts';
import { dimensionLabel } from './journey-format.ts';
import { type JourneyView, type RangePreset, rangePresets } from './journey-query.ts';

type Props = {
  view: JourneyView;
  options: Record<JourneyDimension, string[]> | null;
  areaLabels: Record<string, string>;
  /** The site's lawyers named in the lawyer filter's values (issue 14). */
  lawyers: readonly JourneyLawyer[];
  onChange: (next: Partial<JourneyView>) => void;
};

export function JourneyFilters({ view, options, areaLabels, lawyers, onChange }: Props) {
  const t = useMessages();
  const id = useId();
  const label = (dimension: JourneyDimension, value: string) =>
    dimension === 'practiceArea' ? (areaLabels[value] ?? value) : dimensionLabel(dimension, value, t, lawyers);
  return (
    <form class="journey-filters panel no-print" aria-label={t.journey.filters} onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for={`${id}-range`}>{t.journey.range}</label>
        <select
          id={`${id}-range`}
          value={view.range}
          onChange={(e) => onChange({ range: e.currentTarget.value as RangePreset })}
        >
          {rangePresets.map((r) => (
            <option key={r} value={r}>
              {t.journey.ranges[r]}
            </option>
          ))}
        </select>
      </div>
      {view.range === 'custom' && (
        <>
          <div class="field">
            <label for={`${id}-from`}>{t.journey.from}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={view.fromDate}
              onChange={(e) => onChange({ fromDate: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${id}-to`}>{t.journey.to}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={view.toDate}
              onChange={(e) => onChange({ toDate: e.currentTarget.value })}
            />
          </div>
        </>
      )}
      {journeyDimensions.map((dimension) => {
        const values = options?.[dimension] ?? [];
        const chosen = view.filters[dimension];
        // A chosen value stays listed even when the new range has none of it.
        const all = chosen && !values.includes(chosen) ? [chosen, ...values] : values;
        return (
          <div class="field" key={dimension}>
            <label for={`${id}-${dimension}`}>{t.journey.dimensions[dimension]}</label>
            <select
              id={`${id}-${dimension}`}
              value={chosen ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                const filters = { ...view.filters };
                if (value) filters[dimension] = value;
                else delete filters[dimension];
                onChange({ filters });
              }}
            >
              <option value="">{t.journey.all}</option>
              {all.map((value) => (
                <option key={value} value={value}>
                  {label(dimension, value)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div class="field field-checkbox journey-compare">
        <input
          id={`${id}-compare`}
          type="checkbox"
          checked={view.compare}
          onChange={(e) => onChange({ compare: e.currentTarget.checked })}
        />
        <label for={`${id}-compare`}>{t.journey.compare}</label>
      </div>
    </form>
  );
}
