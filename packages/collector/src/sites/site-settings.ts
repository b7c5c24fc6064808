/**
 * What a site stores (`SiteSettings`) versus what widgets read (`PublicSiteConfig`):
 * the stored settings lack the id and the disclaimer, which is versioned in its own table.
 */
import type { Disclaimer, PublicSiteConfig } from '@retainer/schema';

export type SiteSettings = Omit<PublicSiteConfig, 'site' | 'intake'> & {
  intake: Omit<PublicSiteConfig['intake'], 'disclaimer'>;
};

export function toPublicConfig(site: string, settings: SiteSettings, disclaimer: Disclaimer): PublicSiteConfig {
  return { site, ...settings, intake: { ...settings.intake, disclaimer } };
}
