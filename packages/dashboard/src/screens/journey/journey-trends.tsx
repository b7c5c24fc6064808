/** Trends: events per stage, conversion per stage, response-time compliance and NPS, per day or week. */
import { journeyStages } from '@retainer/schema';
import type { JourneyTrends } from '@retainer/schema/admin';
import { useId } from 'preact/hooks';
import { useMessages } from '../../app-context.ts';
import { TrendChart } from '../../ui/trend-chart.tsx';

type Props = {
  trends: JourneyTrends;
  interval: 'day' | 'week';
  onInterval: (interval: 'day' | 'week') => void;
  csvUrl: string;
};

const percent = (values: (number | null)[]) => values.map((v) => (v === null ? null : Math.round(v * 1000) / 10));

export function JourneyTrendCharts({ trends, interval, onInterval, csvUrl }: Props) {
  const t = useMessages();
  const id = useId();
  const stageName = (stage: (typeof journeyStages)[number]) => t.journey.stages[stage];
  return (
    <section class="journey-trends" aria-labelledby={`${id}-title`}>
      <div class="journey-trends-bar">
        <h2 id={`${id}-title`}>{t.journey.trendsTitle}</h2>
        <div class="field field-inline no-print">
          <label for={`${id}-interval`}>{t.journey.interval}</label>
          <select
            id={`${id}-interval`}
            value={interval}
            onChange={(e) => onInterval(e.currentTarget.value === 'week' ? 'week' : 'day')}
          >
            <option value="day">{t.journey.intervals.day}</option>
            <option value="week">{t.journey.intervals.week}</option>
          </select>
        </div>
        <a class="button button-quiet no-print" href={csvUrl} download>
          {t.journey.exportCsv}
        </a>
      </div>
      <div class="journey-charts">
        <TrendChart
          title={t.journey.volumeChart}
          x={trends.x}
          series={journeyStages.map((stage) => ({ label: stageName(stage), values: trends.volumes[stage] }))}
        />
        <TrendChart
          title={t.journey.conversionChart}
          x={trends.x}
          yRange={[0, 100]}
          series={journeyStages.slice(1, 5).map((stage) => ({
            label: stageName(stage),
            values: percent(trends.conversions[stage]),
            unit: '%',
          }))}
        />
        <TrendChart
          title={t.journey.complianceChart}
          x={trends.x}
          yRange={[0, 100]}
          series={[{ label: t.journey.complianceSeries, values: percent(trends.responseCompliance), unit: '%' }]}
        />
        <TrendChart
          title={t.journey.npsChart}
          x={trends.x}
          yRange={[-100, 100]}
          series={[{ label: 'NPS', values: trends.nps.map((v) => (v === null ? null : Math.round(v))) }]}
        />
      </div>
    </section>
  );
}
