/**
 * Spreads the first layout of a view's content over `steps` + 1 frames (issue 18: no task ≥ 50 ms, also with the
 * CPU slowed 4×). Returns 0 for the render that puts the content in the DOM, 1 after the browser painted that,
 * and so on; undefined once `steps` frames were painted (and while `shown` is false). The view writes it on its
 * root (`data-paint-step`), and its CSS leaves what is further down out of that frame
 * (`[data-paint-step="0"] … {display:none}`: no style or layout work, and parts that then appear below what is
 * shown are new boxes, not a layout shift — unlike `content-visibility:hidden`, whose empty boxes grow). The DOM
 * is complete from the start: only style and layout wait.
 *
 * @example
 *   const step = usePaintStep(1, status === 'ready');
 *   return <ul class="cards" data-paint-step={step}>…</ul>;
 */
import { useEffect, useState } from 'preact/hooks';

export function usePaintStep(steps: number, shown = true): number | undefined {
  const [painted, setPainted] = useState(0);
  // Preact runs effects after the browser painted (requestAnimationFrame, then a task): one step per frame.
  useEffect(() => {
    if (shown && painted < steps) setPainted(painted + 1);
  }, [shown, painted, steps]);
  return shown && painted < steps ? painted : undefined;
}
