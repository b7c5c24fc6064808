/**
 * Samples a process's resident memory from /proc (Linux) while a load runs; reports the peak.
 *
 * @example
 *   const rss = sampleRss(pid); await load(); const peakMb = rss.stop();
 */
import { readFileSync } from 'node:fs';

export function readRssBytes(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function sampleRss(pid: number, everyMs = 200): { stop(): number | undefined } {
  let peak: number | undefined;
  const take = () => {
    const rss = readRssBytes(pid);
    if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}
