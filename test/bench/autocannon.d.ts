// The few parts of autocannon 8's API the bench uses (the package ships no types).
declare module 'autocannon' {
  export type Histogram = { average: number; mean: number; max: number; p50: number; p99: number; total: number };
  export type RequestSpec = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec | undefined;
  };
  export type Options = {
    url: string;
    connections?: number;
    /** Requests per second across all connections. */
    overallRate?: number;
    duration?: number;
    pipelining?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    requests?: RequestSpec[];
  };
  export type Result = {
    requests: Histogram;
    latency: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    '2xx': number;
  };
  export type Instance = { stop(): void };
  export default function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
}
