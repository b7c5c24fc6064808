/**
 * A zod schema as plain data (issue 18): what `describeShape` generates from the schema and `checkShape` runs in the
 * browser. `m` is the schema's or check's own message — a code such as `too_long` — where it sets one; `f` a pattern's
 * flags, when it has any.
 *
 * @example
 *   const email: Shape = { t: 'string', checks: [{ c: 'trim' }, { c: 'max', n: 254, m: 'too_long' }] };
 */
export type Check = { m?: string } & (
  | { c: 'trim' }
  | { c: 'max' | 'min' | 'gte' | 'keys'; n: number }
  | { c: 're'; p: string; f?: string }
  | { c: 'int' }
);

export type Shape = { m?: string; checks?: Check[] } & (
  | { t: 'string' | 'number' }
  | { t: 'literal'; values: (string | number | boolean | null)[] }
  | { t: 'optional' | 'array'; of: Shape }
  | { t: 'pipe'; in: Shape; out: Shape }
  | { t: 'union'; of: Shape[] }
  | { t: 'record'; key: Shape; value: Shape }
  | { t: 'object'; shape: Record<string, Shape> }
);
