/** The visible stages as an ordered list: done, current (`aria-current="step"`), upcoming. */
import type { StatusStage } from '@retainer/schema';
import type { StatusMessages } from './messages/load-messages.ts';

export function Timeline({ stages, t }: { stages: StatusStage[]; t: StatusMessages }) {
  const state = { done: t.stateDone, current: t.stateCurrent, upcoming: t.stateUpcoming };
  return (
    <section class="section" aria-labelledby="s-stages">
      <h3 id="s-stages">{t.stages}</h3>
      <ol class="timeline" part="timeline">
        {stages.map((stage) => (
          <li
            key={stage.key}
            class={`stage ${stage.state}`}
            aria-current={stage.state === 'current' ? 'step' : undefined}
          >
            <span class="marker" aria-hidden="true" />
            <div class="stage-body">
              <p class="stage-label">
                <strong>{stage.label}</strong>
                {stage.state === 'current' ? <span class="now">{t.now}</span> : null}
                <span class="visually-hidden"> ({state[stage.state]})</span>
              </p>
              {stage.description && stage.state !== 'done' ? <p class="hint">{stage.description}</p> : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
