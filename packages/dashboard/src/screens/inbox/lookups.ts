/**
 * Sites and colleagues, loaded once per screen for labels and filter options. If either fails
 * the screen still works: filters fall back to what the intakes themselves show.
 *
 * @example
 *   const lookups = createLookups(api);
 *   practiceAreaLabel(lookups.sites.value, 'harbor-vale', 'family', 'en') // 'Family law'
 */
import { signal } from '@preact/signals';
import { type Language, pickText } from '@retainer/schema';
import type { AdminSite, TeamMember } from '@retainer/schema/admin';
import type { AdminApi } from '../../api/admin-api.ts';

export function createLookups(api: AdminApi) {
  const sites = signal<AdminSite[]>([]);
  const users = signal<TeamMember[]>([]);
  const ready = Promise.all([
    api.listSites().then(
      (list) => {
        sites.value = list;
      },
      () => {},
    ),
    api.getTeam().then(
      (answer) => {
        users.value = answer.users;
      },
      () => {},
    ),
  ]);
  return { sites, users, ready };
}

export type Lookups = ReturnType<typeof createLookups>;

export function practiceAreaLabel(sites: readonly AdminSite[], site: string, area: string | null, lang: Language) {
  if (!area) return '';
  const found = sites.find((s) => s.id === site)?.practiceAreas.find((p) => p.id === area);
  return found ? pickText(found.label, lang) : area;
}

/** Practice areas across sites (or of one site), by id, labelled in `lang`. */
export function practiceAreaOptions(sites: readonly AdminSite[], site: string | undefined, lang: Language) {
  const options = new Map<string, string>();
  for (const s of sites) {
    if (site && s.id !== site) continue;
    for (const area of s.practiceAreas) if (!options.has(area.id)) options.set(area.id, pickText(area.label, lang));
  }
  return [...options].map(([id, label]) => ({ id, label }));
}
