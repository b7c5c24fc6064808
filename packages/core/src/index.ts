/**
 * @retainer/core — the runtime every widget shares: config from the script
 * tag, shadow-root mount, theme tokens, i18n, journey id, transport, the
 * `Retainer` command queue and host events. A widget is one `defineWidget` call.
 *
 * @example
 *   import { defineWidget } from '@retainer/core';
 *   export const mount = defineWidget({ name: 'intake', css: intakeCss, View: IntakeView });
 */
export {
  type Command,
  type CommandTarget,
  installCommandQueue,
  parseCommand,
  type RetainerGlobal,
  runCommand,
} from './commands/command-queue.ts';
export { readWidgetConfig, type ScriptSettings, type WidgetConfig } from './config/read-config.ts';
export { setupError, warn } from './errors.ts';
export { emitHostEvent, type HostEventDetail } from './host-events.ts';
export { loadMessages, type Messages, messageLanguages } from './i18n/load-messages.ts';
export { type LazyMessages, type MessageLoader, messageLoader } from './i18n/message-loader.ts';
export { type PluralForms, plural } from './i18n/plural.ts';
export { matchLanguage, resolveLanguage } from './i18n/resolve-language.ts';
export { newId } from './ids.ts';
export { createJourney, type Journey, journeyKey } from './journey/journey.ts';
export { baseCss } from './mount/base-styles.ts';
export { mountShadow, styleSheet } from './mount/mount-shadow.ts';
export {
  contrastRatio,
  resolveTheme,
  type ThemeTokens,
  themeDefaults,
  themeVariables,
  writeTheme,
} from './theme/theme.ts';
export { createEventQueue, type EventQueue } from './transport/event-queue.ts';
export { describeFailure, type Failure } from './transport/failure.ts';
export { createTransport, type Transport, type TransportOptions } from './transport/transport.ts';
export { trapFocus } from './ui/focus-trap.ts';
export { LoadFailed } from './ui/load-failed.tsx';
export { Skeleton } from './ui/skeleton.tsx';
export { SupportReference } from './ui/support-reference.tsx';
export {
  defineWidget,
  type Mount,
  type MountOptions,
  type WidgetContext,
  type WidgetDefinition,
} from './widget/define-widget.tsx';
export { createRuntime, pageRuntime, type Runtime, type SiteChannel } from './widget/runtime.ts';
export { usePaintStep } from './widget/use-paint-step.ts';
