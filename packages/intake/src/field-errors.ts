/**
 * One shape for errors from both sides: the client's own check and the
 * collector's 422 (`errors: [{ path, code }]`) become `{ fieldPath: code }`,
 * keyed the way the form names its inputs.
 *
 * @example
 *   toFieldErrors([{ path: 'fields.email', code: 'invalid_email' }, { path: 'disclaimer.accepted', code: 'invalid_value' }])
 *   // → { email: 'invalid_email', disclaimer: 'invalid_value' }; `answers.q-visa` (issue 17) stays as it is
 */
import { intakeFieldNames } from '@retainer/schema';

export type FieldErrors = Record<string, string>;

export function toFieldErrors(issues: readonly { path: string; code: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, code } of issues) {
    const key = path.replace(/^fields\./, '');
    const head = key.split('.')[0] ?? '';
    const known = head === 'answers' || (intakeFieldNames as readonly string[]).includes(head);
    const target = head === 'disclaimer' ? 'disclaimer' : known ? key : '';
    // The first problem per field is the one worth telling; paths the form has no input for are left out.
    if (target && !(target in errors)) errors[target] = code;
  }
  return errors;
}

/** Errors in the order the form shows its fields (the disclaimer last), so the summary reads top to bottom. */
export function inFormOrder(errors: FieldErrors, shownFields: readonly string[]): FieldErrors {
  const rank = (path: string) => {
    const index = shownFields.indexOf(path.split('.')[0] ?? path);
    return index === -1 ? shownFields.length : index;
  };
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}
