/** The counts behind a number: one stage split by a dimension or by touchpoint. Counts only. */
import { type JourneyDimension, type JourneyLawyer, journeyDimensions } from '@retainer/schema/admin';
import { useId } from 'preact/hooks';
import { useDashboard, useMessages } from '../../app-context.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Loading } from '../../ui/states.tsx';
import { dimensionLabel, formatCount, formatShare } from './journey-format.ts';
import type { JourneyModel } from './journey-model.ts';

const choices = [...journeyDimensions, 'touchpoint'] as const;

export function JourneyBreakdownDialog({
  model,
  areaLabels,
  lawyers,
}: {
  model: JourneyModel;
  areaLabels: Record<string, string>;
  lawyers: readonly JourneyLawyer[];
}) {
  const t = useMessages();
  const lang = useDashboard().i18n.lang.value;
  const id = useId();
  const open = model.breakdown.value;
  const dimension = open?.dimension ?? 'source';
  const stage = open?.stage ?? 'discover';
  const label = (value: string) =>
    dimension === 'practiceArea' && value ? (areaLabels[value] ?? value) : dimensionLabel(dimension, value, t, lawyers);
  return (
    <Dialog
      open={open !== null}
      title={t.journey.breakdownTitle(t.journey.stages[stage], t.journey.dimensions[dimension])}
      onClose={model.closeBreakdown}
    >
      <div class="field field-inline">
        <label for={`${id}-by`}>{t.journey.breakdownBy}</label>
        <select
          id={`${id}-by`}
          value={dimension}
          onChange={(e) =>
            void model.openBreakdown({ stage, dimension: e.currentTarget.value as JourneyDimension | 'touchpoint' })
          }
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {t.journey.dimensions[choice]}
            </option>
          ))}
        </select>
      </div>
      <ProblemAlert problem={open?.problem ?? null} />
      {open && !open.result && !open.problem && <Loading />}
      {open?.result && open.result.rows.length === 0 && <p>{t.journey.breakdownEmpty}</p>}
      {open?.result && open.result.rows.length > 0 && (
        <table class="table journey-breakdown-table">
          <thead>
            <tr>
              <th scope="col">{t.journey.dimensions[dimension]}</th>
              <th scope="col" class="numeric">
                {dimension === 'touchpoint' ? t.journey.breakdownEvents : t.journey.breakdownCount}
              </th>
              <th scope="col" class="numeric">
                {t.journey.breakdownShare}
              </th>
            </tr>
          </thead>
          <tbody>
            {open.result.rows.map((row) => (
              <tr key={row.value}>
                <td>{label(row.value)}</td>
                <td class="numeric">{formatCount(row.reached, lang)}</td>
                <td class="numeric">{formatShare(row.share, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.result && (
        <p>
          <a class="button button-quiet" href={model.csvUrl('breakdown', { stage, dimension })} download>
            {t.journey.exportCsv}
          </a>
        </p>
      )}
    </Dialog>
  );
}
