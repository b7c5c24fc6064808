/**
 * A time series chart (uPlot, loaded on first use) with the same numbers as a table for
 * screen readers and anyone who prefers one. Every time series in the dashboard uses it.
 *
 * @example
 *   <TrendChart title="NPS by month" x={monthStarts} series={[{ label: 'NPS', values: [42, null, 51] }]} />
 */
import { useEffect, useRef } from 'preact/hooks';
import { useDashboard, useMessages } from '../app-context.ts';
import { formatDate } from '../format/date.ts';

export type TrendSeries = { label: string; values: (number | null)[]; unit?: '%' | '' };

export type TrendChartProps = {
  title: string;
  /** The start of each period, epoch milliseconds, ascending. */
  x: number[];
  series: TrendSeries[];
  height?: number;
  /** Fixed y range (e.g. `[-100, 100]` for NPS); otherwise fitted to the data. */
  yRange?: [number, number];
};

/** Series colours: distinct for common colour-vision deficiencies (Okabe–Ito), dark enough on white. */
const palette = ['#1f4e79', '#d55e00', '#009e73', '#cc79a7', '#0072b2', '#8a6d00'];

const formatValue = (value: number | null, unit: TrendSeries['unit']) =>
  value === null ? '–' : `${Number.isInteger(value) ? value : value.toFixed(1)}${unit === '%' ? '%' : ''}`;

export function TrendChart({ title, x, series, height = 220, yRange }: TrendChartProps) {
  const t = useMessages();
  const lang = useDashboard().i18n.lang.value;
  const container = useRef<HTMLDivElement>(null);
  // Callers often build new arrays on every render; redraw only when the numbers change.
  const data = JSON.stringify([x, series, yRange]);

  useEffect(() => {
    const target = container.current;
    // No canvas (a test DOM, a very old browser): the table below carries the numbers.
    if (!target || x.length === 0 || !document.createElement('canvas').getContext?.('2d')) return;
    let disposed = false;
    let cleanup = () => {};
    void import('uplot').then(({ default: UPlot }) => {
      if (disposed) return;
      const chart = new UPlot(
        {
          width: Math.max(240, target.clientWidth),
          height,
          ms: 1,
          legend: { show: series.length > 1 },
          cursor: { drag: { x: false, y: false } },
          scales: yRange ? { y: { range: yRange } } : {},
          series: [
            {},
            ...series.map((s, i) => ({
              label: s.label,
              stroke: palette[i % palette.length] ?? '#1f4e79',
              width: 2,
              points: { show: x.length < 40 },
              spanGaps: false,
              value: (_: unknown, v: number | null) => formatValue(v, s.unit),
            })),
          ],
          axes: [{}, { values: (_: unknown, ticks: number[]) => ticks.map((v) => formatValue(v, series[0]?.unit)) }],
        },
        [x, ...series.map((s) => s.values)] as unknown as import('uplot').AlignedData,
        target,
      );
      const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(240, target.clientWidth), height }));
      resize.observe(target);
      cleanup = () => {
        resize.disconnect();
        chart.destroy();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [data, height]);

  return (
    <figure class="trend-chart">
      <figcaption class="trend-chart-title">{title}</figcaption>
      <div ref={container} class="trend-chart-canvas" aria-hidden="true" />
      <details class="trend-chart-data">
        <summary>{t.chart.showTable}</summary>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.chart.period}</th>
                {series.map((s) => (
                  <th scope="col" key={s.label}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {x.map((start, row) => (
                <tr key={start}>
                  <th scope="row">{formatDate(start, lang)}</th>
                  {series.map((s) => (
                    <td key={s.label}>{formatValue(s.values[row] ?? null, s.unit)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
