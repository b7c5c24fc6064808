/**
 * `window.Retainer`: the host page's one way to call the widgets. The loader
 * installs a stub that queues calls (`Retainer.q`); once the runtime loads,
 * the queued calls run in order and later calls run at once.
 *
 * @example
 *   Retainer('consent', true);
 *   Retainer('open', 'intake');
 */
import { setupError } from '../errors.ts';

export type Command =
  | { type: 'consent'; granted: boolean }
  | { type: 'open'; widget: string }
  | { type: 'survey'; token: string };

export type CommandTarget = {
  consent(granted: boolean): void;
  open(widget: string): void;
  /** Shows the survey of an invitation (issue 6). */
  survey(token: string): void;
};

/** The global as the loader's stub and the runtime leave it. */
export type RetainerGlobal = ((...args: unknown[]) => void) & { q?: ArrayLike<unknown>[]; loaded?: boolean };

export function parseCommand(args: ArrayLike<unknown>): Command {
  const [name, value] = Array.from(args);
  if (name === 'consent' && typeof value === 'boolean') return { type: 'consent', granted: value };
  if (name === 'open' && typeof value === 'string') return { type: 'open', widget: value };
  if (name === 'survey' && typeof value === 'string') return { type: 'survey', token: value };
  throw setupError(
    `unknown command Retainer(${Array.from(args, (a) => JSON.stringify(a)).join(', ')}); ` +
      `try Retainer('consent', true) or Retainer('open', 'intake')`,
  );
}

export function runCommand(command: Command, target: CommandTarget): void {
  switch (command.type) {
    case 'consent':
      target.consent(command.granted);
      break;
    case 'open':
      target.open(command.widget);
      break;
    case 'survey':
      target.survey(command.token);
      break;
  }
}

/**
 * Replaces the stub with the real function, keeping whatever the page queued.
 * A mistake in a queued call cannot be thrown at its caller any more, so it is
 * rethrown on its own task: visible in the console, the other calls still run.
 */
export function installCommandQueue(
  win: Window & { Retainer?: RetainerGlobal },
  target: CommandTarget,
): RetainerGlobal {
  const existing = win.Retainer;
  if (existing?.loaded) return existing;
  const queued = existing?.q ?? [];
  const retainer: RetainerGlobal = (...args: unknown[]) => runCommand(parseCommand(args), target);
  retainer.loaded = true;
  win.Retainer = retainer;
  for (const args of Array.from(queued)) {
    try {
      retainer(...Array.from(args));
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  }
  return retainer;
}
