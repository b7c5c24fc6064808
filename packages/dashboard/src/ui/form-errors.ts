/**
 * Field errors keyed by dotted path (`businessHours.start`), from a client-side schema check or
 * from the `errors` of a validation problem: the same codes either way.
 *
 * @example
 *   const errors = checkInput(signIn, values); // { email: 'invalid_email' }
 */
import type { Signal } from '@preact/signals';
import { issuesToErrors, type Problem } from '@retainer/schema';
import { toApiProblem } from '../api/api-problem.ts';

export type FieldErrors = Record<string, string>;

type Checkable<T> = {
  safeParse: (
    input: unknown,
  ) =>
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }> } };
};

function firstPerPath(list: ReadonlyArray<{ path: string; code: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, code } of list) errors[path] ??= code;
  return errors;
}

/** Parses input; returns the data, or the field errors when it does not pass. */
export function checkInput<T>(schema: Checkable<T>, input: unknown): { data: T } | { errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data };
  return { errors: firstPerPath(issuesToErrors(result.error.issues)) };
}

export function problemFieldErrors(problem: Problem | null): FieldErrors {
  return firstPerPath(problem?.errors ?? []);
}

/** What a schema-checked form shows besides its values. */
export type FormFeedback = { errors: Signal<FieldErrors>; problem: Signal<Problem | null> };

/**
 * Checks `input` with `schema` and sends what passes: schema errors show at once, a refused
 * request's problem (and its field errors) after. True when `send` went through.
 *
 * @example
 *   if (await submitChecked(retentionSettings, draft.value, save, { errors, problem })) announce(saved);
 */
export async function submitChecked<T>(
  schema: Checkable<T>,
  input: unknown,
  send: (data: T) => Promise<unknown>,
  { errors, problem }: FormFeedback,
): Promise<boolean> {
  const checked = checkInput(schema, input);
  if ('errors' in checked) {
    errors.value = checked.errors;
    return false;
  }
  errors.value = {};
  problem.value = null;
  try {
    await send(checked.data);
    return true;
  } catch (error) {
    problem.value = (await toApiProblem(error)).problem;
    errors.value = problemFieldErrors(problem.value);
    return false;
  }
}
