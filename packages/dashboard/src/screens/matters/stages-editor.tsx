/**
 * The matter's stages: which one it is in (a radio per row), whether the client sees each one,
 * and its name and plain-language description. Saved together.
 */
import { useSignal } from '@preact/signals';
import type { MatterStage } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import type { MatterModel } from './matter-model.ts';

export function StagesEditor({ model }: { model: MatterModel }) {
  const t = useMessages();
  const m = t.matters.matter;
  const { announcer } = useDashboard();
  const detail = model.detail.value!;
  const stages = useSignal<MatterStage[]>(detail.stages);
  const current = useSignal(detail.currentStage);
  const edit = (index: number, change: Partial<MatterStage>) => {
    stages.value = stages.value.map((stage, i) => (i === index ? { ...stage, ...change } : stage));
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (await model.act((api) => api.setStages(model.id, stages.value, current.value))) announcer.announce(m.saved);
  };
  return (
    <form class="panel" onSubmit={save} aria-labelledby="matter-stages">
      <h2 id="matter-stages" class="panel-title">
        {m.stagesTitle}
      </h2>
      <p class="muted">{m.stagesHelp}</p>
      <ol class="stage-rows">
        {stages.value.map((stage, index) => (
          <li key={stage.key} class={`stage-row${stage.visible ? '' : ' stage-hidden'}`}>
            <div class="stage-row-toggles">
              <label class="checkbox">
                <input
                  type="radio"
                  name="current-stage"
                  checked={current.value === stage.key}
                  onChange={() => (current.value = stage.key)}
                  aria-label={`${m.current}: ${stage.label}`}
                />{' '}
                {m.current}
              </label>
              <label class="checkbox">
                <input
                  type="checkbox"
                  checked={stage.visible}
                  onChange={(e) => edit(index, { visible: e.currentTarget.checked })}
                  aria-label={`${m.visible}: ${stage.label}`}
                />{' '}
                {m.visible}
              </label>
            </div>
            <div class="stage-row-fields">
              <label class="field">
                <span>{m.label}</span>
                <input value={stage.label} onInput={(e) => edit(index, { label: e.currentTarget.value })} />
              </label>
              <label class="field">
                <span>{m.stageDescription}</span>
                <textarea
                  rows={2}
                  value={stage.description ?? ''}
                  onInput={(e) => edit(index, { description: e.currentTarget.value })}
                />
              </label>
            </div>
          </li>
        ))}
      </ol>
      <button type="submit" class="button button-primary" disabled={model.busy.value}>
        {m.saveStages}
      </button>
    </form>
  );
}
