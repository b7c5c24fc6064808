/**
 * The eight stage columns (cards on phones): reached, conversion, drop-off, median time,
 * satisfaction and touchpoints. Every number is a button that opens the counts behind it.
 */
import type { JourneyMap, StageSummary } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import { formatCount, formatGap, formatSatisfaction, formatShare, touchpointLabel } from './journey-format.ts';
import type { BreakdownRequest } from './journey-model.ts';

type Props = { map: JourneyMap; onOpen: (request: BreakdownRequest) => void };

export function JourneyStages({ map, onOpen }: Props) {
  const t = useMessages();
  return (
    <ol class="journey-stages" aria-label={t.journey.mapLabel}>
      {map.stages.map((stage) => (
        <StageColumn
          key={stage.stage}
          stage={stage}
          previous={map.previous?.stages.find((s) => s.stage === stage.stage) ?? null}
          weakest={map.weakest?.stage === stage.stage}
          onOpen={onOpen}
        />
      ))}
    </ol>
  );
}

type ColumnProps = {
  stage: StageSummary;
  previous: StageSummary | null;
  weakest: boolean;
  onOpen: (request: BreakdownRequest) => void;
};

function StageColumn({ stage, previous, weakest, onOpen }: ColumnProps) {
  const t = useMessages();
  const lang = useDashboard().i18n.lang.value;
  const name = t.journey.stages[stage.stage];
  const fromName = stage.from ? t.journey.stages[stage.from] : '';
  const number = (text: string, what: string, request: BreakdownRequest) => (
    <button type="button" class="journey-number" onClick={() => onOpen(request)}>
      {text}
      <span class="visually-hidden"> — {t.journey.open(what)}</span>
    </button>
  );
  const was = (text: string) => previous && <span class="journey-previous">{t.journey.previous(text)}</span>;
  const satisfaction = stage.satisfaction;
  return (
    <li class={`journey-stage${weakest ? ' journey-stage-weakest' : ''}`}>
      <h3 class="journey-stage-title">
        {name}
        <span class="journey-stage-hint">{t.journey.stageHints[stage.stage]}</span>
      </h3>
      {weakest && <p class="journey-badge">{t.journey.weakestBadge}</p>}
      <dl class="journey-figures">
        <div>
          <dt>{t.journey.reached}</dt>
          <dd>
            {number(formatCount(stage.reached, lang), `${t.journey.reached}: ${name}`, {
              stage: stage.stage,
              dimension: 'source',
            })}
            {was(formatCount(previous?.reached ?? 0, lang))}
          </dd>
        </div>
        {stage.from && (
          <>
            <div>
              <dt>
                {t.journey.conversion} <span class="journey-from">{t.journey.conversionFrom(fromName)}</span>
              </dt>
              <dd>
                {number(formatShare(stage.conversion, lang), `${t.journey.conversion}: ${name}`, {
                  stage: stage.from,
                  dimension: 'device',
                })}
                {was(formatShare(previous?.conversion ?? null, lang))}
              </dd>
            </div>
            <div>
              <dt>{t.journey.dropOff}</dt>
              <dd>
                {number(formatCount(stage.dropOff ?? 0, lang), `${t.journey.dropOff}: ${name}`, {
                  stage: stage.from,
                  dimension: 'source',
                })}
              </dd>
            </div>
            <div>
              <dt>{t.journey.median}</dt>
              <dd>
                <span class="journey-value">{formatGap(stage.medianMs, t.journey)}</span>
                {was(formatGap(previous?.medianMs ?? null, t.journey))}
              </dd>
            </div>
          </>
        )}
        {satisfaction && (
          <div>
            <dt>{t.journey.satisfaction[satisfaction.measure]}</dt>
            <dd>
              <span class="journey-value">{formatSatisfaction(satisfaction.value, satisfaction.measure, lang)}</span>
              <span class="journey-previous">
                {satisfaction.responses > 0 ? t.journey.responses(satisfaction.responses) : t.journey.noAnswers}
              </span>
            </dd>
          </div>
        )}
      </dl>
      <h4 class="journey-touchpoints-title">{t.journey.touchpoints}</h4>
      {stage.touchpoints.length === 0 ? (
        <p class="journey-previous">{t.journey.noTouchpoints}</p>
      ) : (
        <ul class="journey-touchpoints">
          {stage.touchpoints.slice(0, 5).map((touchpoint) => (
            <li key={touchpoint.type}>
              <span class="journey-touchpoint">{touchpointLabel(touchpoint.type, t)}</span>
              {number(
                formatCount(touchpoint.count, lang),
                `${t.journey.touchpoints}: ${touchpointLabel(touchpoint.type, t)}`,
                {
                  stage: stage.stage,
                  dimension: 'touchpoint',
                },
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
