/**
 * @retainer/status — the matter status tracker: a client enters their matter reference and access
 * code and sees the visible stages, updates, next step, when it was last updated, their lawyer and
 * open invoices, and can message their lawyer. Built like the other widgets: `index.ts` (entry),
 * `status.tsx` (view), `model.ts`.
 *
 * @example
 *   <retainer-status></retainer-status>
 *   <script async src="https://retainer.example.com/w/status.js" data-site="harbor-vale"></script>
 */
import { defineWidget } from '@retainer/core';
import { StatusView } from './status.tsx';
import { statusCss } from './styles.ts';

export const mount = defineWidget({ name: 'status', css: statusCss, View: StatusView });
