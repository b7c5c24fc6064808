import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AdminSite, SiteSettingsInput } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const settings: SiteSettingsInput = {
  name: 'Lin & Okafor',
  allowedOrigins: ['https://www.linokafor.example'],
  businessHours: { timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' },
  responseTarget: { amount: 4, unit: 'hour' },
  practiceAreas: [{ id: 'employment', label: { en: 'Employment', ru: 'Трудовое право' } }],
  intakeFields: [
    { name: 'name', required: true },
    { name: 'email', required: true },
    { name: 'adverseParties', required: false },
  ],
  disclaimerText: { en: 'No attorney-client relationship until we agree in writing.' },
  accent: '#7a1f4e',
  defaultLanguage: 'en',
  contact: { phone: '+49 30 5550100' },
};

describe.each(storageKinds)('site settings on %s', (kind) => {
  let kit: AdminKit;
  let widgetsDir: string;

  beforeAll(async () => {
    widgetsDir = mkdtempSync(join(tmpdir(), 'retainer-widgets-'));
    mkdirSync(widgetsDir, { recursive: true });
    writeFileSync(join(widgetsDir, 'intake.js'), '');
    kit = await createAdminKit(kind);
  });
  afterAll(() => kit.cleanup());

  const create = (body: unknown) => kit.call('/api/admin/sites', { session: kit.admin, body });
  const update = (id: string, body: unknown) =>
    kit.call(`/api/admin/sites/${id}`, { method: 'PUT', session: kit.admin, body });

  it('lists the demo site the first admin claimed', async () => {
    const { sites } = await (await kit.call('/api/admin/sites', { session: kit.admin })).json();
    expect(sites.map((s: AdminSite) => [s.id, s.disclaimerVersion, s.businessHours.timeZone])).toEqual([
      ['harbor-vale', 1, 'America/New_York'],
    ]);
  });

  it('creates a site that widgets can use at once, and refuses a taken id', async () => {
    const res = await create({ ...settings, id: 'lin-okafor' });
    expect(res.status).toBe(201);
    const site: AdminSite = await res.json();
    expect(site).toMatchObject({ ...settings, id: 'lin-okafor', disclaimerVersion: 1 });
    const config = await (await kit.app.request('/v1/sites/lin-okafor/config')).json();
    expect(config).toMatchObject({
      site: 'lin-okafor',
      theme: { accent: '#7a1f4e' },
      intake: { disclaimer: { version: 1 }, responseTarget: { amount: 4, unit: 'hour' } },
    });
    const taken = await create({ ...settings, id: 'harbor-vale' });
    expect(taken.status).toBe(409);
  });

  it('adds a disclaimer version only when the text changes, keeping the old ones', async () => {
    const same = await update('lin-okafor', { ...settings, accent: '#000000' });
    expect((await same.json()).disclaimerVersion).toBe(1);
    const changed = await update('lin-okafor', { ...settings, disclaimerText: { en: 'A new disclaimer.' } });
    expect((await changed.json()).disclaimerVersion).toBe(2);
    const history = await (await kit.call('/api/admin/sites/lin-okafor/disclaimers', { session: kit.admin })).json();
    expect(history.versions.map((v: { version: number; text: { en: string } }) => [v.version, v.text.en])).toEqual([
      [2, 'A new disclaimer.'],
      [1, 'No attorney-client relationship until we agree in writing.'],
    ]);
    const config = await (await kit.app.request('/v1/sites/lin-okafor/config')).json();
    expect(config.intake.disclaimer).toEqual({ version: 2, text: { en: 'A new disclaimer.' } });
  });

  it('keeps what the form does not show (theme radius, minimum fill time)', async () => {
    await update('harbor-vale', { ...settings, name: 'Harbor & Vale LLP' });
    const config = await (await kit.app.request('/v1/sites/harbor-vale/config')).json();
    expect(config.theme).toEqual({ accent: '#7a1f4e', radius: 6 });
    expect(config.intake.minFillMs).toBe(3000);
  });

  it('refuses an unknown time zone and duplicate fields with 422', async () => {
    const zone = await update('lin-okafor', {
      ...settings,
      businessHours: { ...settings.businessHours, timeZone: 'Mars/Olympus' },
    });
    expect(zone.status).toBe(422);
    expect((await zone.json()).errors).toEqual([{ path: 'businessHours.timeZone', code: 'invalid_time_zone' }]);
    const dup = await update('lin-okafor', {
      ...settings,
      intakeFields: [settings.intakeFields[0], settings.intakeFields[0]],
    });
    expect((await dup.json()).errors).toEqual([{ path: 'intakeFields', code: 'duplicate' }]);
  });

  it('gives the snippets to paste, pointing at the public URL', async () => {
    const configured = await createAdminKit(kind, { publicUrl: 'https://retainer.harborvale.example' });
    try {
      const res = await configured.call('/api/admin/sites/harbor-vale/snippets', { session: configured.admin });
      const snippets = await res.json();
      expect(snippets.collectorUrl).toBe('https://retainer.harborvale.example');
      expect(snippets.widgets[0].script).toBe(
        '<script async src="https://retainer.harborvale.example/w/intake.js" data-site="harbor-vale"></script>',
      );
    } finally {
      await configured.cleanup();
    }
  });

  // Issue 14, defect 9: a required "What do you need help with?" with no options could never be sent.
  it('refuses a shown practice-area question when the site has no practice areas', async () => {
    const fields = [...settings.intakeFields, { name: 'practiceArea' as const, required: true }];
    const created = await create({ ...settings, id: 'no-areas', practiceAreas: [], intakeFields: fields });
    expect(created.status).toBe(422);
    expect((await created.json()).errors).toEqual([{ path: 'practiceAreas', code: 'areas_needed' }]);
    const updated = await update('lin-okafor', { ...settings, practiceAreas: [], intakeFields: fields });
    expect((await updated.json()).errors).toEqual([{ path: 'practiceAreas', code: 'areas_needed' }]);
    // Without that question the site needs no practice areas.
    expect((await update('lin-okafor', { ...settings, practiceAreas: [] })).status).toBe(200);
  });

  // Issue 14, defect 11: clients see the firm's public name, never the internal site name.
  it("names the firm to clients by its public name (the firm's by default) and gives the site's reference prefix", async () => {
    const internal = { ...settings, name: 'Smith & Partners website' };
    const created: AdminSite = await (await create({ ...internal, id: 'smith-partners' })).json();
    expect(created.publicName).toBe('Harbor & Vale LLP');
    const config = async () => (await kit.app.request('/v1/sites/smith-partners/config')).json();
    expect(await config()).toMatchObject({ publicName: 'Harbor & Vale LLP', referencePrefix: 'SP' });

    const renamed = await update('smith-partners', { ...internal, publicName: '  Smith & Partners LLP ' });
    expect((await renamed.json()).publicName).toBe('Smith & Partners LLP');
    expect(await update('smith-partners', internal).then((r) => r.json())).toMatchObject({
      name: 'Smith & Partners website',
      publicName: 'Smith & Partners LLP',
    });
    expect(await config()).toMatchObject({ name: 'Smith & Partners website', publicName: 'Smith & Partners LLP' });
    const directory = await (await kit.app.request('/v1/sites/smith-partners/directory')).json();
    expect(directory.firm.name).toBe('Smith & Partners LLP');
  });
});
