/**
 * The dashboard's end of `GET /api/admin/live` (issue 15): one Server-Sent Events stream per tab, opened
 * while a screen listens (inbox, matters) and closed when none does. Read with `fetch` rather than
 * `EventSource` so it shares the admin client's same-origin credentials and can be stopped for good on a
 * 401 or 204. Drops reconnect with backoff; each time the stream is ready (first or again), listeners hear
 * `missed` and refetch what may have arrived before it was.
 * Also counts arrivals the user has not seen (tab in the background) for the tab title.
 *
 * @example
 *   const live = createLiveUpdates(location.origin);
 *   const stop = live.subscribe((change) => change === 'missed' || change.type === 'intake' ? reload() : undefined);
 */
import { signal } from '@preact/signals';
import { type LiveChange, liveChange } from '@retainer/schema/admin';

export type LiveListener = (change: LiveChange | 'missed') => void;

/** Until the collector says otherwise with `retry:` (as EventSource does). */
const defaultRetryMs = 5_000;
const maxRetryMs = 60_000;

/** Splits an event stream into `{ event, data }` blocks (comments and `retry:` lines ignored). */
export function parseEventBlock(block: string): { event: string; data: string } | undefined {
  const lines = block.split(/\r?\n/);
  const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice(5).replace(/^ /, ''));
  if (data.length === 0) return undefined;
  const event =
    lines
      .find((line) => line.startsWith('event:'))
      ?.slice(6)
      .trim() ?? 'message';
  return { event, data: data.join('\n') };
}

const lookingAtTab = () => document.visibilityState === 'visible' && document.hasFocus();

export function createLiveUpdates(origin: string) {
  const url = new URL('/api/admin/live', origin).href;
  const listeners = new Set<LiveListener>();
  /** Arrivals since the user last looked at this tab. */
  const unseen = signal(0);
  let controller: AbortController | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let retryMs = defaultRetryMs;

  const notify = (change: LiveChange | 'missed') => {
    for (const listener of [...listeners]) listener(change);
  };

  async function read(body: ReadableStream<Uint8Array>) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.search(/\r?\n\r?\n/);
      while (end >= 0) {
        const retry = /^retry: ?(\d+)$/m.exec(buffer.slice(0, end));
        if (retry) retryMs = Number(retry[1]);
        const block = parseEventBlock(buffer.slice(0, end));
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        if (block?.event === 'ready') {
          // Listening from here on; what arrived between the screen's first load and now is fetched once.
          failures = 0;
          notify('missed');
        } else if (block?.event === 'change') {
          const parsed = liveChange.safeParse(JSON.parse(block.data));
          if (parsed.success) notify(parsed.data);
        }
        end = buffer.search(/\r?\n\r?\n/);
      }
    }
  }

  async function connect() {
    const current = new AbortController();
    controller = current;
    try {
      const res = await fetch(url, {
        credentials: 'same-origin',
        headers: { accept: 'text/event-stream' },
        signal: current.signal,
      });
      // 204: this collector has no live stream; 401/403: the session is gone (the app handles that).
      if (res.status === 204 || res.status === 401 || res.status === 403) return;
      if (res.ok && res.body) await read(res.body);
    } catch {
      // A dropped connection or network error: try again below.
    }
    if (current.signal.aborted || controller !== current) return;
    const delay = Math.min(maxRetryMs, retryMs * 2 ** failures++);
    retryTimer = setTimeout(() => {
      if (listeners.size > 0) void connect();
    }, delay);
  }

  function stop() {
    clearTimeout(retryTimer);
    controller?.abort();
    controller = undefined;
    failures = 0;
  }

  const seen = () => {
    if (lookingAtTab()) unseen.value = 0;
  };
  document.addEventListener('visibilitychange', seen);
  addEventListener('focus', seen);

  return {
    unseen,
    /** Listens until the returned function is called; the stream is open while anyone listens. */
    subscribe(listener: LiveListener): () => void {
      listeners.add(listener);
      if (listeners.size === 1) void connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    /** A screen found `count` new items after a change: counted for the tab title unless the user is looking. */
    noteArrivals(count: number) {
      if (count > 0 && !lookingAtTab()) unseen.value += count;
    },
    dispose() {
      listeners.clear();
      stop();
      document.removeEventListener('visibilitychange', seen);
      removeEventListener('focus', seen);
    },
  };
}

export type LiveUpdates = ReturnType<typeof createLiveUpdates>;
