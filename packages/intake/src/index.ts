/**
 * @retainer/intake — the intake form widget, and the example every later
 * widget copies: `index.ts` (entry), `intake.tsx` (view), `model.ts` (signals
 * and actions). The loader imports this chunk and calls `mount`.
 *
 * @example
 *   <retainer-intake></retainer-intake>
 *   <script async src="https://retainer.example.com/w/intake.js" data-site="harbor-vale"></script>
 */
import { defineWidget } from '@retainer/core';
import { IntakeView } from './intake.tsx';
import { loadIntakeMessages } from './messages/load-messages.ts';
import { intakeCss } from './styles.ts';

export const mount = defineWidget({
  name: 'intake',
  css: intakeCss,
  View: IntakeView,
  messages: loadIntakeMessages,
  // The deadline field (and a firm's date questions).
  dateInput: true,
});
