/**
 * One question answered with one tap: a radio group of score buttons (0–10 or 1–5) with the
 * scale's meaning at both ends. Arrow keys move the choice, Home/End jump to the ends; the ends'
 * words are part of the first and last buttons' names, so a screen reader hears them too.
 */
import type { JSX } from 'preact';

export type ScoreScaleProps = {
  name: string;
  legend: string;
  min: number;
  max: number;
  ends: readonly string[];
  value: number | undefined;
  onChoose: (score: number) => void;
};

const keyMoves: Record<string, (v: number, min: number, max: number) => number> = {
  ArrowRight: (v) => v + 1,
  ArrowDown: (v) => v + 1,
  ArrowLeft: (v) => v - 1,
  ArrowUp: (v) => v - 1,
  Home: (_, min) => min,
  End: (_, _min, max) => max,
};

export function ScoreScale({ name, legend, min, max, ends, value, onChoose }: ScoreScaleProps) {
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const [low = '', high = ''] = ends;

  // Our own keys (browsers differ, and a left arrow must not mean "up" in a grid wrapped onto two rows).
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    const move = keyMoves[event.key];
    if (!move) return;
    event.preventDefault();
    // From the focused button (space on it chooses it, as with any radio).
    const from = Number(event.currentTarget.value);
    const next = Math.min(max, Math.max(min, move(from, min, max)));
    onChoose(next);
    event.currentTarget.closest('.scale')?.querySelector<HTMLInputElement>(`input[value="${next}"]`)?.focus();
  };

  return (
    <fieldset class="question">
      <legend>{legend}</legend>
      <div class={`scale scale-${scores.length}`}>
        {scores.map((score) => (
          <label class="score" key={score}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              // One stop in the tab order for the whole group: the chosen score, else the first.
              tabIndex={value === score || (value === undefined && score === min) ? 0 : -1}
              aria-label={score === min ? `${score} – ${low}` : score === max ? `${score} – ${high}` : String(score)}
              onChange={() => onChoose(score)}
              onKeyDown={onKeyDown}
            />
            <span aria-hidden="true">{score}</span>
          </label>
        ))}
      </div>
      <div class="ends" aria-hidden="true">
        <span>{low}</span>
        <span>{high}</span>
      </div>
    </fieldset>
  );
}
