/**
 * Field errors keyed by dotted path (`businessHours.start`), from a client-side schema check or
 * from the `errors` of a validation problem: the same codes either way.
 *
 * @example
 *   const errors = checkInput(signIn, values); // { email: 'invalid_email' }
 */
import { issuesToErrors, type Problem } from '@retainer/schema';

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
