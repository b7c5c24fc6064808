/**
 * What a site stores (`SiteSettings`) versus what widgets read (`PublicSiteConfig`):
 * the stored settings lack the id and the disclaimer, which is versioned in its own table, and may lack the
 * public name (sites stored before issue 14), which then falls back to the site's name.
 */
import type { Disclaimer, PublicSiteConfig } from '@retainer/schema';
import { referencePrefix } from '../intake/reference.ts';

export type SiteSettings = Omit<PublicSiteConfig, 'site' | 'intake' | 'publicName' | 'referencePrefix'> & {
  publicName?: string;
  intake: Omit<PublicSiteConfig['intake'], 'disclaimer'>;
};

export function toPublicConfig(site: string, settings: SiteSettings, disclaimer: Disclaimer): PublicSiteConfig {
  const { publicName, ...rest } = settings;
  return {
    site,
    ...rest,
    publicName: publicName ?? settings.name,
    referencePrefix: referencePrefix(site),
    intake: { ...settings.intake, fields: answerableFields(settings), disclaimer },
  };
}

/**
 * A practice-area question with nothing to choose could never be answered, so the form could never be sent (issue
 * 14, defect 9). The editor refuses such a site now; one stored before that loses the question, in the widget and
 * in the collector's own check alike, which both read this config.
 */
function answerableFields(settings: SiteSettings): SiteSettings['intake']['fields'] {
  const { fields } = settings.intake;
  if (settings.practiceAreas.length > 0) return fields;
  const answerable = fields.filter((field) => field.name !== 'practiceArea');
  return answerable.length > 0 ? answerable : fields;
}
