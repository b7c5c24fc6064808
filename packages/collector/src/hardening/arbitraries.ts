/**
 * fast-check generators for the public endpoints' bodies: valid ones built to the shared
 * schemas' rules, and invalid ones made by breaking a valid body in one place.
 *
 * @example
 *   fc.assert(fc.asyncProperty(validEventBatch, async (body) => { ... }));
 */
import { journeyStages, maxEventsPerBatch } from '@retainer/schema';
import fc from 'fast-check';

const idChars = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split(''));
export const clientIdArb = fc.string({ unit: idChars, minLength: 16, maxLength: 64 });

/** Any text: every code point, incl. NUL, lone surrogates and right-to-left marks. */
export const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

/** Well-formed text in any script (emoji, combining marks, CJK, right-to-left). */
export const typedText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });

const eventTypeArb = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}\.[a-z][a-z0-9_]{0,10}$/);
const propsArb = fc.dictionary(
  fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,12}$/),
  fc.oneof(typedText(60), fc.integer(), fc.boolean(), fc.constant(null)),
  { maxKeys: 8 },
);

export const validEvent = (site: string) =>
  fc.record(
    {
      id: clientIdArb,
      site: fc.constant(site),
      journey: clientIdArb,
      stage: fc.constantFrom(...journeyStages),
      type: eventTypeArb,
      ts: fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 }),
      props: propsArb,
    },
    { requiredKeys: ['id', 'site', 'journey', 'stage', 'type', 'ts'] },
  );

export const validEventBatch = (site: string) =>
  fc.record({ id: clientIdArb, events: fc.array(validEvent(site), { minLength: 1, maxLength: maxEventsPerBatch }) });

const partyArb = typedText(60).filter((s) => s.trim().length > 0);

/** A human-check token (issue 9): sites without a check ignore it, so random bodies may carry one. */
const captchaTokenArb = fc.option(fc.string({ unit: idChars, minLength: 1, maxLength: 300 }), { nil: undefined });

export const validIntake = (site: string) =>
  fc
    .tuple(intakeRecord(site), captchaTokenArb)
    .map(([body, captcha]) => (captcha === undefined ? body : { ...body, captcha }));

const intakeRecord = (site: string) =>
  fc.record({
    id: clientIdArb,
    site: fc.constant(site),
    journey: clientIdArb,
    lang: fc.constantFrom('en', 'ru', 'zh'),
    fields: fc.record({
      name: typedText(80).filter((s) => s.trim().length > 0),
      email: fc.constantFrom('ann.lee@example.com', 'b@example.org', 'li.wei@example.cn'),
      description: typedText(400).filter((s) => s.trim().length > 0),
      adverseParties: fc.array(partyArb, { maxLength: 5 }),
      // Choosing "phone" makes the number required (issue 17), so valid bodies carry one.
      phone: fc.constant('+1 617 555 0199'),
      contactMethod: fc.constantFrom('email', 'phone', 'either'),
      practiceArea: fc.constantFrom('family', 'employment', 'immigration', 'business'),
    }),
    disclaimer: fc.constant({ version: 1, accepted: true }),
    fillMs: fc.integer({ min: 20_000, max: 3_600_000 }),
  });

const tokenArb = fc.string({ unit: idChars, minLength: 43, maxLength: 43 });
// At least two characters as zod counts them (one astral character is two UTF-16 units but one character).
const askText = typedText(200).map((text) => `How do I ${text}`);

/** Bodies the newer endpoints accept in shape; most are then refused for what they name (unknown token…). */
export const validFaqAsk = (site: string) =>
  fc.record({
    id: clientIdArb,
    site: fc.constant(site),
    question: askText,
    lang: fc.constantFrom('en', 'ru', 'zh'),
    journey: clientIdArb,
  });
export const validStatusLookup = (site: string) =>
  fc.record({
    site: fc.constant(site),
    reference: fc.stringMatching(/^HV-[A-Z0-9]{4}-[0-9]{4}$/),
    code: fc.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
  });
export const validStatusMessage = fc.record({ id: clientIdArb, token: tokenArb, text: askText });
export const validSurveyOpen = (site: string) => fc.record({ site: fc.constant(site), token: tokenArb });
export const validSurveyAnswer = (site: string) =>
  fc.record(
    { site: fc.constant(site), token: tokenArb, score: fc.integer({ min: 0, max: 10 }), comment: typedText(300) },
    { requiredKeys: ['site', 'token', 'score'] },
  );

/** A value that fits no field: wrong types, huge numbers, deep or prototype-polluting objects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  anyText(300),
  fc.constantFrom(
    null,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    '\u0000',
    '\ud800',
    '\ufeff',
    'x'.repeat(70_000),
    { __proto__: { admin: true } },
    JSON.parse('{"__proto__": {"admin": true}}'),
    JSON.parse('{"constructor": {"prototype": {"admin": true}}}'),
    Array.from({ length: 5000 }, () => 1),
  ),
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])),
  ];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const getAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);

function setAt(value: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...Path];
  if (rest.length === 0 && remove) delete copy[head];
  // defineProperty: `copy.__proto__ = x` would change the prototype instead of adding the key.
  else
    Object.defineProperty(copy, head, {
      value: setAt(copy[head], rest, replacement, remove),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** A valid body broken in one place: a value replaced, a key removed, or an unknown key added. */
export const brokenBody = (valid: fc.Arbitrary<unknown>) =>
  valid.chain((body) => {
    const paths = pathsOf(body);
    const objectPaths = paths.filter((p) => isPlainObject(getAt(body, p)));
    return fc.oneof(
      fc.tuple(fc.constantFrom(...paths), hostileValue).map(([path, value]) => setAt(body, path, value, false)),
      fc.constantFrom(...paths.filter((p) => p.length > 0)).map((path) => setAt(body, path, undefined, true)),
      fc
        .tuple(fc.constantFrom(...objectPaths), fc.constantFrom('extra', '__proto__', 'constructor'), hostileValue)
        .map(([path, key, value]) => setAt(body, [...path, key], value, false)),
    );
  });
