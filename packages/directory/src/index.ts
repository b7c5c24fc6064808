/**
 * @retainer/directory — the firm's lawyers as cards with filters, search, an accessible
 * profile dialog, a handoff to the intake form, and schema.org data for search engines.
 * Built like the intake widget: `index.ts` (entry), `directory.tsx` (view), `model.ts`.
 *
 * @example
 *   <retainer-directory practice="family" layout="grid"></retainer-directory>
 *   <script async src="https://retainer.example.com/w/directory.js" data-site="harbor-vale"></script>
 */
import { defineWidget } from '@retainer/core';
import { DirectoryView } from './directory.tsx';
import { directoryCss } from './styles.ts';

export const mount = defineWidget({ name: 'directory', css: directoryCss, View: DirectoryView });
