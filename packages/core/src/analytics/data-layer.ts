/**
 * Host-page analytics (issue 16): with `data-datalayer` on the script tag, some widget events are also pushed
 * to the page's `dataLayer` (Google Tag Manager), so a firm's tags and ads conversions work without code.
 * Only the events below, with only the listed facts: a whitelist, so nothing a visitor typed (names, questions,
 * references, scores) can reach a third party's tag. See docs/datalayer.md.
 *
 * @example
 *   mirrorEvents(channel, config, script); // once per site channel (the default export)
 *   dataLayerPush('', 'harbor-vale')('intake.submitted', { practiceArea: 'family' });
 *   // window.dataLayer → [{ event: 'retainer_intake_submitted', widget: 'intake', site: 'harbor-vale', practice_area: 'family' }]
 */
import type { JourneyEvent } from '@retainer/schema';
import type { ScriptSettings, WidgetConfig } from '../config/read-config.ts';
import type { SiteChannel } from '../widget/runtime.ts';

type Props = JourneyEvent['props'];

/** Widget event → [dataLayer event, …the props it may carry (as `prop:key`, or `prop` when the names agree)]. */
const mirrored: Record<string, string[]> = {
  'intake.started': ['intake_started'],
  'intake.submitted': ['intake_submitted', 'practiceArea:practice_area'],
  'faq.asked': ['faq_question'],
  'faq.handoff': ['faq_handoff', 'channel'],
  'directory.profile_opened': ['directory_profile_view', 'lawyer'],
  'survey.answered': ['survey_answered'],
  'status.lookup_succeeded': ['status_checked'],
};

/** `data-datalayer` as written: present (even empty) turns it on; a JavaScript name picks GTM's renamed layer. */
export const layerName = (value: string): string =>
  /^(?!true$)[A-Za-z_$][\w$]*$/.test(value.trim()) ? value.trim() : 'dataLayer';

/** A pusher onto the page's data layer `window[layerName(attribute)]` (made an array if the page has none yet). */
export function dataLayerPush(attribute: string, site: string) {
  const name = layerName(attribute);
  return (type: string, props?: Props) => {
    const [event, ...facts] = mirrored[type] ?? [];
    if (!event) return;
    // Every widget's events are named after it: `intake.submitted` comes from the intake.
    const entry: Record<string, unknown> = { event: `retainer_${event}`, widget: type.split('.')[0], site };
    for (const fact of facts) {
      const [prop = '', key = prop] = fact.split(':');
      if (props?.[prop] !== undefined) entry[key] = props[prop];
    }
    const page = window as unknown as Record<string, object[] | undefined>;
    page[name] ??= [];
    page[name].push(entry);
  };
}

const mirroring = new WeakSet<object>();

/**
 * Wraps a site channel's `track` (once, however many widgets ask): each event goes to the collector as before,
 * and the whitelisted ones to the page's data layer too — under the same consent: no journey id, no push.
 */
export default function mirrorEvents(channel: SiteChannel, config: WidgetConfig, script: ScriptSettings): void {
  if (mirroring.has(channel)) return;
  mirroring.add(channel);
  const push = dataLayerPush(script.data.datalayer ?? '', config.site);
  const track = channel.events.track;
  channel.events.track = (stage, type, props) => {
    track(stage, type, props);
    if (channel.journey.id()) push(type, props);
  };
}
