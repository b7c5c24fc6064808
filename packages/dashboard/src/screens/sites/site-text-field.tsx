/** One text control of the site form, wired to its error by path and given a stable id for the summary. */
import { useMessages } from '../../app-context.ts';
import { fieldErrorMessage } from '../../ui/problem-alert.tsx';
import { TextField, type TextFieldProps } from '../../ui/text-field.tsx';
import type { SiteEditorModel } from './site-editor-model.ts';
import { controlId, errorAt } from './site-field-ids.ts';

type SiteTextFieldProps = Omit<TextFieldProps, 'id' | 'error'> & { editor: SiteEditorModel; path: string };

export function SiteTextField({ editor, path, ...field }: SiteTextFieldProps) {
  const t = useMessages();
  const found = errorAt(editor.errors.value, path);
  return <TextField {...field} id={controlId(path)} error={found ? fieldErrorMessage(found.code, t) : undefined} />;
}
