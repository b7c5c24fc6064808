/**
 * `GET|PUT /api/admin/sites/:site/captcha` (issue 9): the intake's human check. The provider and public
 * site key go into the site's public config; the secret is stored encrypted beside it and never returned.
 *
 * @example
 *   api.put('/sites/:site/captcha', requireAdmin, putCaptchaRoute(deps));
 */
import { type CaptchaSettings, captchaSettingsInput } from '@retainer/schema/admin';
import type { Context } from 'hono';
import type { AdminEnv } from '../admin-api/admin-env.ts';
import type { AdminDeps } from '../http/admin-deps.ts';
import { invalidField, readAdminJson } from '../http/read-body.ts';
import { jsonResponse } from '../respond.ts';
import { loadFirmSite } from '../site-admin/site-store.ts';
import type { SiteSettings } from '../sites/site-settings.ts';
import type { Db } from '../storage/database.ts';
import { secretAddress } from './tables.ts';

async function readCaptcha(db: Db, site: string, config: string): Promise<CaptchaSettings> {
  const captcha = (JSON.parse(config) as SiteSettings).intake.captcha;
  const stored = await db.selectFrom('site_captcha').select('provider').where('site', '=', site).executeTakeFirst();
  if (!captcha) return { provider: 'none', siteKey: '', secretSet: false };
  return { provider: captcha.provider, siteKey: captcha.siteKey, secretSet: stored?.provider === captcha.provider };
}

export function getCaptchaRoute(deps: AdminDeps) {
  return async function handleGetCaptcha(c: Context<AdminEnv>): Promise<Response> {
    const { row } = await loadFirmSite(deps.db, c.get('user').firmId, c.req.param('site') ?? '');
    return jsonResponse(200, await readCaptcha(deps.db, row.id, row.config));
  };
}

export function putCaptchaRoute(deps: AdminDeps) {
  return async function handlePutCaptcha(c: Context<AdminEnv>): Promise<Response> {
    const input = await readAdminJson(c, captchaSettingsInput);
    const firmId = c.get('user').firmId;
    const { row } = await loadFirmSite(deps.db, firmId, c.req.param('site') ?? '');
    const settings = JSON.parse(row.config) as SiteSettings;
    const now = deps.now();
    await deps.db.transaction().execute(async (trx) => {
      const captcha = trx;
      const provider = input.provider;
      if (provider === 'none') {
        delete settings.intake.captcha;
        await captcha.deleteFrom('site_captcha').where('site', '=', row.id).execute();
      } else {
        if (!input.siteKey) throw invalidField('siteKey', 'required');
        if (input.secret) {
          const secret = deps.cipher.encrypt(input.secret, secretAddress(row.id));
          await captcha
            .insertInto('site_captcha')
            .values({ site: row.id, provider: provider, secret, updated_at: now })
            .onConflict((oc) => oc.column('site').doUpdateSet({ provider: provider, secret, updated_at: now }))
            .execute();
        } else {
          // Another provider's secret is no use: a change of provider needs its secret.
          const stored = await captcha
            .selectFrom('site_captcha')
            .select('provider')
            .where('site', '=', row.id)
            .executeTakeFirst();
          if (stored?.provider !== provider) throw invalidField('secret', 'required');
        }
        settings.intake.captcha = { provider: provider, siteKey: input.siteKey };
      }
      await trx
        .updateTable('sites')
        .set({ config: JSON.stringify(settings), updated_at: now })
        .where('id', '=', row.id)
        .where('firm_id', '=', firmId)
        .execute();
    });
    // This process serves the new config at once; others within the site cache's few seconds.
    deps.sites.clear();
    return jsonResponse(200, await readCaptcha(deps.db, row.id, JSON.stringify(settings)));
  };
}
