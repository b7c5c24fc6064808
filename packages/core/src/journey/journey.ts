/**
 * The anonymous first-party journey id: one per site, kept in localStorage
 * (never a cookie), written only on the visitor's first interaction and only
 * when consent allows it. Before that, events of this page view carry an
 * in-memory id that is never stored.
 *
 * @example
 *   const journey = createJourney('harbor-vale', () => true);
 *   journey.id();    // in-memory id, nothing stored yet
 *   journey.touch(); // first interaction: now stored under `retainer:journey:harbor-vale`
 */
import { warn } from '../errors.ts';
import { newId } from '../ids.ts';

export type Journey = {
  /** The id events carry now, or undefined when consent does not allow one. */
  id(): string | undefined;
  /** Called on the first interaction: stores the id (if allowed) and returns it. */
  touch(): string | undefined;
  /** Consent withdrawn: removes the stored id and starts a fresh in-memory one. */
  forget(): void;
  /** True while this page view started the journey (no id was stored before it). */
  readonly fresh: boolean;
};

export const journeyKey = (site: string) => `retainer:journey:${site}`;

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked storage (sandboxed iframe, privacy settings): stay in memory
  }
}

export function createJourney(site: string, allowed: () => boolean, storage = browserStorage()): Journey {
  const key = journeyKey(site);
  const read = () => {
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const stored = read();
  let current = stored ?? newId();

  return {
    fresh: stored === undefined,
    id: () => (allowed() ? current : undefined),
    touch() {
      if (!allowed()) return undefined;
      const stored = read();
      if (stored) {
        current = stored;
        return current;
      }
      try {
        storage?.setItem(key, current);
      } catch (error) {
        warn('could not keep the journey id; continuing without it', error);
      }
      return current;
    },
    forget() {
      try {
        storage?.removeItem(key);
      } catch {
        // nothing stored, nothing to remove
      }
      current = newId();
    },
  };
}
