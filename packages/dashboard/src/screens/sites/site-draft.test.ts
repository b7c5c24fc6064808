import { siteSettingsInput } from '@retainer/schema/admin';
import { describe, expect, it } from 'vitest';
import { site } from '../../test-support/fixtures.ts';
import { disclaimerChanged, draftFromSite, draftIssues, draftToInput, newSiteDraft } from './site-draft.ts';

describe('site draft', () => {
  it('round-trips a stored site into the same settings', () => {
    const { id, disclaimerVersion, createdAt, updatedAt, ...settings } = site;
    expect(draftToInput(draftFromSite(site))).toEqual(settings);
  });

  it('starts a new site with settings the schema accepts once it has a name', () => {
    const input = draftToInput({ ...newSiteDraft('Europe/Berlin'), name: 'Harbor & Vale' });
    expect(siteSettingsInput.safeParse(input).success).toBe(true);
    expect(input.responseTarget).toEqual({ amount: 1, unit: 'businessDay' });
  });

  it('reads one origin per line, trims trailing slashes and drops empty optional fields', () => {
    const draft = {
      ...draftFromSite(site),
      origins: 'https://a.example/\n\n https://b.example ',
      phone: '  ',
      privacyUrl: '',
    };
    const input = draftToInput(draft);
    expect(input.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(input.contact).toEqual({});
    expect('privacyUrl' in input).toBe(false);
  });

  it('flags closing before opening and practice area ids used twice', () => {
    const draft = draftFromSite(site);
    draft.hours = { ...draft.hours, start: '17:00', end: '09:00' };
    draft.areas = [...draft.areas, { ...draft.areas[0]!, key: 99 }];
    expect(draftIssues(draft)).toEqual([
      { path: 'businessHours.end', code: 'end_before_start' },
      { path: 'practiceAreas.2.id', code: 'duplicate' },
    ]);
  });

  it('knows when saving makes a new disclaimer version', () => {
    const draft = draftFromSite(site);
    expect(disclaimerChanged(draft, site)).toBe(false);
    expect(disclaimerChanged({ ...draft, disclaimer: { ...draft.disclaimer, ru: 'Текст' } }, site)).toBe(true);
  });
});
