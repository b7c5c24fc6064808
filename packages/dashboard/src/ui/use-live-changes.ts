/**
 * Runs `onChange` while the component is mounted whenever the collector says something arrived (issue 15),
 * and with `'missed'` after the live stream reconnects (something may have arrived meanwhile).
 *
 * @example
 *   useLiveChanges((change) => (change === 'missed' || change.type === 'intake') && inbox.refresh());
 */
import { useEffect, useRef } from 'preact/hooks';
import type { LiveListener } from '../api/live-updates.ts';
import { useDashboard } from '../app-context.ts';

export function useLiveChanges(onChange: LiveListener): void {
  const { live } = useDashboard();
  // The latest callback, so filters read at the time of the change are the current ones.
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => live.subscribe((change) => latest.current(change)), [live]);
}
