/**
 * How the web admin narrows a placement: `practice="family"`, `office="boston"`,
 * `lawyers="id1,id2"` and `layout="grid|list|compact"` on the element.
 *
 * @example
 *   readNarrowing(host) // { practice: 'family', office: undefined, lawyers: undefined, layout: 'grid' }
 */
import type { PublicLawyer } from '@retainer/schema';

export const layouts = ['grid', 'list', 'compact'] as const;
export type Layout = (typeof layouts)[number];

export type Narrowing = {
  practice: string | undefined;
  office: string | undefined;
  lawyers: ReadonlySet<string> | undefined;
  layout: Layout;
};

const attribute = (host: Element, name: string) =>
  (host.getAttribute(name) ?? host.getAttribute(`data-${name}`))?.trim() || undefined;

export function readNarrowing(host: Element): Narrowing {
  const ids = attribute(host, 'lawyers')
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const layout = attribute(host, 'layout');
  return {
    practice: attribute(host, 'practice'),
    office: attribute(host, 'office'),
    lawyers: ids?.length ? new Set(ids) : undefined,
    layout: layouts.find((l) => l === layout) ?? 'grid',
  };
}

/** The lawyers this placement may show at all, in the firm's order. */
export function narrowed(lawyers: readonly PublicLawyer[], n: Narrowing): PublicLawyer[] {
  return lawyers.filter(
    (l) =>
      (!n.lawyers || n.lawyers.has(l.id)) &&
      (!n.practice || l.practiceAreas.includes(n.practice)) &&
      (!n.office || l.offices.some((o) => o.id === n.office)),
  );
}
