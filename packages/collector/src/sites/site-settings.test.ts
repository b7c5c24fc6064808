import { defaultIntakeFields, publicSiteConfig } from '@retainer/schema';
import { describe, expect, it } from 'vitest';
import { demoDisclaimer, demoSettings } from '../seed/demo-site.ts';
import { toPublicConfig } from './site-settings.ts';

describe('toPublicConfig', () => {
  it("names the firm by its public name, else the site's name, and gives the site's reference prefix", () => {
    const config = toPublicConfig(
      'smith-partners',
      { ...demoSettings, name: 'Smith & Partners website', publicName: 'Smith & Partners LLP' },
      demoDisclaimer,
    );
    expect(publicSiteConfig.parse(config)).toMatchObject({ publicName: 'Smith & Partners LLP', referencePrefix: 'SP' });
    const { publicName: _, ...stored } = demoSettings;
    expect(toPublicConfig('harbor-vale', stored, demoDisclaimer)).toMatchObject({
      publicName: 'Harbor & Vale LLP',
      referencePrefix: 'HV',
    });
  });

  // Issue 14, defect 9: a site stored without practice areas before the editor refused it.
  it('drops a practice-area question the site offers no practice areas for, so the form can be sent', () => {
    const config = toPublicConfig('no-areas', { ...demoSettings, practiceAreas: [] }, demoDisclaimer);
    expect(publicSiteConfig.parse(config).intake.fields.map((f) => f.name)).toEqual(
      defaultIntakeFields.map((f) => f.name).filter((name) => name !== 'practiceArea'),
    );
    expect(toPublicConfig('harbor-vale', demoSettings, demoDisclaimer).intake.fields).toEqual(defaultIntakeFields);
  });
});
