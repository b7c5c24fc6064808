/**
 * Talks to the collector. Every body carries its client-made `id` and goes as
 * `text/plain` JSON (a simple request: no CORS preflight). Three ways to send,
 * by how much they matter and when they happen:
 * - `get` (the site config, at page load) and `send` (journey events, small,
 *   batched, best-effort, `keepalive` so they survive leaving the page): plain
 *   `fetch` with a light retry;
 * - `post` (a form that must arrive): ky with retries and backoff, loaded on
 *   first use — or earlier with `preparePost()`, when a visitor starts a form.
 *
 * @example
 *   const transport = createTransport('https://retainer.example.com');
 *   const site = await transport.get<PublicSiteConfig>('/v1/sites/harbor-vale/config');
 *   transport.preparePost();
 *   const receipt = await transport.post<IntakeReceipt>('/v1/intake', { id: newId(), … });
 */
import { fetchWithRetry, type RetryOptions } from './fetch-with-retry.ts';

/** `retries` defaults to 3 for `post` and 2 for `get` and `send`. */
export type TransportOptions = RetryOptions;

export type Transport = {
  endpoint: string;
  get<T>(path: string): Promise<T>;
  send(path: string, body: { id: string }): Promise<void>;
  post<T>(path: string, body: { id: string }): Promise<T>;
  preparePost(): void;
};

type Post = ReturnType<typeof import('./post-with-retries.ts').createPost>;

export function createTransport(endpoint: string, options: TransportOptions = {}): Transport {
  let post: Promise<Post> | undefined;
  const loadPost = () => {
    post ??= import('./post-with-retries.ts').then(
      ({ createPost }) => createPost(options),
      (error: unknown) => {
        post = undefined; // the chunk did not arrive (offline?): the next call tries again
        throw error;
      },
    );
    return post;
  };
  return {
    endpoint,
    get: async (path) => (await fetchWithRetry(endpoint + path, {}, options)).json(),
    send: async (path, body) => {
      await fetchWithRetry(endpoint + path, { method: 'POST', body: JSON.stringify(body), keepalive: true }, options);
    },
    post: async (path, body) => (await loadPost())(endpoint + path, body),
    preparePost: () => void loadPost().catch(() => {}),
  };
}
