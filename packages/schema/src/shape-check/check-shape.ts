/**
 * Checks a value against a shape generated from a zod schema (`describeShape`, issue 18), with zod's own rules for
 * which issue is raised, at which path, with which code — so the intake widget can run the schema's check in the
 * browser without shipping zod (its chunk was 9 KB gzip). It mirrors zod 4.6's parse rules; the property test in the
 * collector (hardening/intake-shape.test.ts) proves the two agree, so a zod upgrade that changes them fails it.
 *
 * @example
 *   const { issues, value } = checkShape(intakeShape, body); // issues: [{ path: 'fields.email', code: 'invalid_email' }]
 */
import type { Check, Shape } from './shape.ts';

type Key = string | number;
/** `go`: zod's `continue` — true for a failed check, false or absent for a wrong type (what stops later checks). */
type Issue = { path: Key[]; code: string; go?: boolean | undefined };
type Result = { v: unknown; i: Issue[]; stop?: boolean };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const ctor = v.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}

const aborted = (r: Result) => r.stop === true || r.i.some((issue) => issue.go !== true);
const explicitlyAborted = (r: Result) => r.stop === true || r.i.some((issue) => issue.go === false);
/** Length in code points, as zod counts (a lone surrogate is one). */
const lengthOf = (v: { length: number }) => (typeof v === 'string' ? [...v].length : v.length);
const prefixed = (key: Key, issues: Issue[]) => issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));
const patterns = new Map<string, RegExp>();
const pattern = (source: string, flags: string) => {
  const key = `${flags}/${source}`;
  const re = patterns.get(key) ?? new RegExp(source, flags);
  patterns.set(key, re);
  re.lastIndex = 0;
  return re;
};

function runCheck(check: Check, r: Result): void {
  const v = r.v as never;
  const fail = (code: string, go: boolean | undefined = true) => r.i.push({ path: [], code: check.m ?? code, go });
  switch (check.c) {
    case 'trim':
      r.v = (v as string).trim();
      return;
    // Written as zod writes them: a `length` that is not a number (`{ length: {} }`) fails both.
    case 'max':
      if (!(lengthOf(v) <= check.n)) fail('too_big');
      return;
    case 'min':
      if (!(lengthOf(v) >= check.n)) fail('too_small');
      return;
    case 're':
      if (!pattern(check.p, check.f ?? '').test(v)) fail('invalid_format');
      return;
    case 'gte':
      if (!(v >= check.n)) fail('too_small');
      return;
    case 'int':
      if (!Number.isInteger(v)) fail('invalid_type', false);
      else if (!Number.isSafeInteger(v)) fail(v > 0 ? 'too_big' : 'too_small');
      return;
    case 'keys':
      if (Object.keys(v).length > check.n) fail('custom');
      return;
  }
}

function parse(shape: Shape, r: Result): Result {
  const v = r.v;
  const wrongType = () => r.i.push({ path: [], code: shape.m ?? 'invalid_type' });
  switch (shape.t) {
    case 'string':
      if (typeof v !== 'string') wrongType();
      return r;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) wrongType();
      return r;
    case 'literal':
      if (!shape.values.includes(v as never)) r.i.push({ path: [], code: shape.m ?? 'invalid_value' });
      return r;
    case 'optional':
      return v === undefined ? r : run(shape.of, r);
    case 'pipe': {
      const left = run(shape.in, r);
      if (left.i.some((issue) => issue.code !== 'unrecognized_keys')) return { ...left, stop: true };
      return run(shape.out, left);
    }
    case 'union': {
      const results = shape.of.map((option) => run(option, { v, i: [] }));
      const passed = results.find((result) => result.i.length === 0);
      if (passed) return { ...r, v: passed.v };
      const open = results.filter((result) => !aborted(result));
      if (open.length === 1 && open[0]) return open[0];
      r.i.push({ path: [], code: shape.m ?? 'invalid_union' });
      return r;
    }
    case 'array': {
      if (!Array.isArray(v)) {
        wrongType();
        return r;
      }
      // zod's size cap: an array over a leading maximum gets that one issue, unread (no issue per item of a flood).
      for (const check of shape.checks ?? []) {
        if (check.c !== 'max' && check.c !== 'min') break;
        if (check.c === 'max' && v.length > check.n) {
          r.i.push({ path: [], code: check.m ?? 'too_big', go: false });
          return r;
        }
      }
      // Every index, holes too (`map` would skip them; zod reads them as undefined).
      const out: unknown[] = [];
      for (let index = 0; index < v.length; index++) {
        const result = run(shape.of, { v: v[index], i: [] });
        r.i.push(...prefixed(index, result.i));
        out.push(result.v);
      }
      r.v = out;
      return r;
    }
    case 'record': {
      if (!isPlainObject(v)) {
        wrongType();
        return r;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        if (key === '__proto__') continue;
        if (run(shape.key, { v: key, i: [] }).i.length > 0) {
          r.i.push({ path: [key], code: shape.m ?? 'invalid_key' });
          continue;
        }
        const result = run(shape.value, { v: v[key], i: [] });
        r.i.push(...prefixed(key, result.i));
        out[key] = result.v;
      }
      r.v = out;
      return r;
    }
    case 'object': {
      if (!isObject(v)) {
        wrongType();
        return r;
      }
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape.shape)) {
        if (key === '__proto__') continue;
        const present = key in v;
        const optional = field.t === 'optional';
        const result = run(field, { v: v[key], i: [] });
        if (!present && optional) continue;
        r.i.push(...prefixed(key, result.i));
        if (!present) continue;
        out[key] = result.v;
      }
      // Unknown keys, inherited enumerable ones too (zod reads them with `for…in`).
      const unknown: string[] = [];
      for (const key in v) if (!Object.hasOwn(shape.shape, key)) unknown.push(key);
      if (unknown.length > 0) r.i.push({ path: [], code: shape.m ?? 'unrecognized_keys', go: true });
      r.v = out;
      return r;
    }
  }
}

/** zod's `run`: the type first, then the checks — a length check whatever the type said, the others only if it held. */
function run(shape: Shape, r: Result): Result {
  const result = parse(shape, r);
  let stopped = aborted(result);
  for (const check of shape.checks ?? []) {
    if (check.c === 'max' || check.c === 'min') {
      const v = result.v as { length?: unknown } | null | undefined;
      if (explicitlyAborted(result) || v == null || v.length === undefined) continue;
    } else if (stopped) continue;
    const before = result.i.length;
    runCheck(check, result);
    if (result.i.length > before) stopped ||= aborted(result);
  }
  return result;
}

/** zod's `safeParse` for a generated shape: the issues as `{ path, code }` (the collector's 422 form) and the output. */
export function checkShape(shape: Shape, value: unknown): { issues: { path: string; code: string }[]; value: unknown } {
  const result = run(shape, { v: value, i: [] });
  return { issues: result.i.map((issue) => ({ path: issue.path.join('.'), code: issue.code })), value: result.v };
}
