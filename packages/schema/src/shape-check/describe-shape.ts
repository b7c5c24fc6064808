/**
 * Turns a zod schema into a `Shape` (issue 18): run where zod is at hand (a test, a script), never in a widget.
 * It knows the parts our schemas use and throws on anything else, so a new kind of rule cannot slip past the
 * browser's check unnoticed.
 *
 * @example
 *   describeShape(intakeSubmission) // { t: 'object', shape: { id: { t: 'string', checks: [...] }, … } }
 */
import type { Check, Shape } from './shape.ts';

/** Named refinements the browser's check knows, by function; nothing else passes. */
export type KnownRefinements = Map<unknown, { c: 'keys'; n: number }>;

type Def = Record<string, unknown> & { type?: string; check?: string; error?: (issue: object) => unknown };
type Zod = { _zod: { def: Def; traits: Set<string> } };

const codePattern = /^[a-z_]+$/;

function messageOf(def: Def): string | undefined {
  const message = def.error?.({});
  if (message === undefined) return undefined;
  if (typeof message !== 'string' || !codePattern.test(message)) {
    throw new Error(`describeShape: the message ${JSON.stringify(message)} is not a code like "too_long"`);
  }
  return message;
}

function describeCheck(check: Zod, owner: string | undefined, refinements: KnownRefinements): Check {
  const def = check._zod.def;
  const m = messageOf(def) ?? owner;
  const withMessage = <T extends Check>(c: T): T => (m === undefined ? c : { ...c, m });
  switch (def.check) {
    case 'overwrite': {
      const tx = def.tx as (value: string) => string;
      if (tx(' \t a b \n') !== 'a b') throw new Error('describeShape: an overwrite that is not trim()');
      return { c: 'trim' };
    }
    case 'max_length':
    case 'min_length':
      // With zod's default `when` (checkShape knows it): they run on anything with a length, whatever the type said.
      return withMessage({
        c: def.check === 'max_length' ? 'max' : 'min',
        n: def[def.check === 'max_length' ? 'maximum' : 'minimum'] as number,
      });
    case 'string_format': {
      const pattern = def.pattern as RegExp | undefined;
      if (!pattern) throw new Error(`describeShape: the string format ${String(def.format)} has no pattern`);
      return withMessage({ c: 're', p: pattern.source, ...(pattern.flags ? { f: pattern.flags } : {}) });
    }
    case 'greater_than':
      if (def.inclusive !== true) throw new Error('describeShape: only inclusive minimums (gte)');
      return withMessage({ c: 'gte', n: def.value as number });
    case 'number_format':
      if (def.format !== 'safeint') throw new Error(`describeShape: the number format ${String(def.format)}`);
      return { c: 'int' };
    case 'custom': {
      const known = refinements.get(def.fn);
      if (!known) throw new Error('describeShape: a refinement it does not know (add it to the known refinements)');
      return withMessage({ ...known });
    }
    default:
      throw new Error(`describeShape: the check ${String(def.check)}`);
  }
}

export function describeShape(schema: unknown, refinements: KnownRefinements = new Map()): Shape {
  const zod = schema as Zod;
  const def = zod._zod.def;
  const m = messageOf(def);
  // A string format (z.email()) is a schema and its own first check.
  const checkList = [...(zod._zod.traits.has('$ZodCheck') ? [zod] : []), ...((def.checks as Zod[] | undefined) ?? [])];
  if (
    checkList.some(
      (check) => check._zod.def.when && !['max_length', 'min_length'].includes(String(check._zod.def.check)),
    )
  ) {
    throw new Error('describeShape: a check with its own `when`');
  }
  const checks = checkList.map((check) => describeCheck(check, m, refinements));
  const base = { ...(m === undefined ? {} : { m }), ...(checks.length ? { checks } : {}) };
  const inner = (key: string) => describeShape(def[key], refinements);
  switch (def.type) {
    case 'string':
    case 'number':
      return { t: def.type, ...base };
    case 'literal':
      return { t: 'literal', values: def.values as (string | number)[], ...base };
    case 'enum':
      return { t: 'literal', values: Object.values(def.entries as Record<string, string>), ...base };
    case 'optional':
      return { t: 'optional', of: inner('innerType'), ...base };
    case 'array':
      return { t: 'array', of: inner('element'), ...base };
    case 'pipe':
      return { t: 'pipe', in: inner('in'), out: inner('out'), ...base };
    case 'union':
      return {
        t: 'union',
        of: (def.options as unknown[]).map((option) => describeShape(option, refinements)),
        ...base,
      };
    case 'record':
      if (def.mode !== undefined || (inner('keyType') as { t: string }).t !== 'string') {
        throw new Error('describeShape: strict records keyed by strings only');
      }
      return { t: 'record', key: inner('keyType'), value: inner('valueType'), ...base };
    case 'object': {
      const catchall = (def.catchall as Zod | undefined)?._zod.def.type;
      if (catchall !== 'never') throw new Error('describeShape: strict objects only (z.strictObject)');
      const shape = def.shape as Record<string, Zod & { _zod: { optin?: unknown } }>;
      for (const [key, field] of Object.entries(shape)) {
        if (field._zod.optin !== undefined && field._zod.def.type !== 'optional') {
          throw new Error(`describeShape: ${key} is optional other than by z.optional()`);
        }
      }
      return {
        t: 'object',
        shape: Object.fromEntries(
          Object.entries(shape).map(([key, field]) => [key, describeShape(field, refinements)]),
        ),
        ...base,
      };
    }
    default:
      throw new Error(`describeShape: the zod type ${String(def.type)}`);
  }
}
