/**
 * The map's tables as CSV (`?format=csv`): the stages, the trends and a breakdown. Through
 * `toCsv`, so every cell is quoted and disarmed the same way as the inbox export.
 *
 * @example
 *   mapCsv(map); // 'Stage,Reached,From,Conversion %,…\r\ndiscover,1200,…'
 */
import { journeyStages } from '@retainer/schema';
import type { JourneyBreakdown, JourneyMap, JourneyTrends } from '@retainer/schema/admin';
import { type CsvCell, toCsv } from '../csv/index.ts';

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const hours = (ms: number | null) => (ms === null ? null : Math.round(ms / 36_000) / 100);
const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 10) / 10;
const bom = (text: string) => `\uFEFF${text}`;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function mapCsv(map: JourneyMap): string {
  const rows: CsvCell[][] = [
    [
      'Stage',
      'Reached',
      'From',
      'Conversion %',
      'Drop-off',
      'Median hours from previous',
      'Satisfaction',
      'Responses',
      'Touchpoints',
    ],
    ...map.stages.map((s) => [
      s.stage,
      s.reached,
      s.from,
      percent(s.conversion),
      s.dropOff,
      hours(s.medianMs),
      s.satisfaction ? `${s.satisfaction.measure.toUpperCase()} ${round(s.satisfaction.value) ?? ''}`.trim() : null,
      s.satisfaction?.responses ?? null,
      s.touchpoints.map((t) => `${t.type}: ${t.count}`).join('; '),
    ]),
  ];
  return bom(toCsv(rows));
}

export function trendsCsv(trends: JourneyTrends): string {
  const header = [
    'Period start',
    ...journeyStages.map((s) => `${s} events`),
    ...journeyStages.slice(1).map((s) => `${s} conversion %`),
    'Response target met %',
    'NPS',
  ];
  const rows = trends.x.map((x, i) => [
    iso(x),
    ...journeyStages.map((s) => trends.volumes[s][i] ?? 0),
    ...journeyStages.slice(1).map((s) => percent(trends.conversions[s][i] ?? null)),
    percent(trends.responseCompliance[i] ?? null),
    round(trends.nps[i]),
  ]);
  return bom(toCsv([header, ...rows]));
}

export function breakdownCsv(breakdown: JourneyBreakdown): string {
  return bom(
    toCsv([
      [breakdown.dimension, `Reached ${breakdown.stage}`, 'Share %'],
      ...breakdown.rows.map((r) => [r.value, r.reached, percent(r.share)]),
    ]),
  );
}
