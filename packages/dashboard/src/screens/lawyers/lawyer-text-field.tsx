/** One text control of the lawyer form, wired to its error by path and given a stable id for the error summary. */
import { useMessages } from '../../app-context.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import { TextField, type TextFieldProps } from '../../ui/text-field.tsx';
import type { LawyerEditorModel } from './lawyer-editor-model.ts';
import { controlId, errorAt } from './lawyer-field-ids.ts';

type LawyerTextFieldProps = Omit<TextFieldProps, 'id' | 'error'> & { editor: LawyerEditorModel; path: string };

export function LawyerTextField({ editor, path, ...field }: LawyerTextFieldProps) {
  const t = useMessages();
  const code = errorAt(editor.errors.value, path);
  return <TextField {...field} id={controlId(path)} error={code ? fieldErrorMessage(code, t) : undefined} />;
}
