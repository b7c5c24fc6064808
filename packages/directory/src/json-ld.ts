/**
 * schema.org data for search engines: one `LegalService` with its lawyers as `Attorney`
 * members, added once to the host page's head as a `<script type="application/ld+json">` data
 * block (never executed, so allowed under a strict CSP).
 *
 * @example
 *   addJsonLd(document, directory, site, 'https://retainer.firm.example');
 */
import type { PublicDirectory, PublicSiteConfig } from '@retainer/schema';
import { pickText } from '@retainer/schema';

export function resolvePhoto(photoUrl: string | undefined, endpoint: string): string | undefined {
  return photoUrl ? new URL(photoUrl, `${endpoint}/`).href : undefined;
}

export function directoryJsonLd(doc: PublicDirectory, site: PublicSiteConfig, endpoint: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'LegalService',
    name: doc.firm.name,
    ...(doc.firm.url ? { url: doc.firm.url } : {}),
    ...(site.contact.phone ? { telephone: site.contact.phone } : {}),
    ...(site.contact.email ? { email: site.contact.email } : {}),
    employee: doc.lawyers.map((l) => ({
      '@type': ['Attorney', 'Person'],
      name: l.name,
      jobTitle: l.title,
      ...(l.photoUrl ? { image: resolvePhoto(l.photoUrl, endpoint) } : {}),
      ...(l.email ? { email: l.email } : {}),
      ...(l.phone ? { telephone: l.phone } : {}),
      ...(l.bio ? { description: pickText(l.bio, 'en') } : {}),
      knowsLanguage: l.languages,
      knowsAbout: l.practiceAreas.map((id) =>
        pickText(site.practiceAreas.find((a) => a.id === id)?.label ?? { en: id }, 'en'),
      ),
      workLocation: l.offices.map((o) => ({ '@type': 'Place', name: o.name })),
      alumniOf: l.education.map((e) => ({ '@type': 'EducationalOrganization', name: e.school })),
      hasCredential: [
        ...l.barAdmissions.map((a) => ({
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: 'Bar admission',
          recognizedBy: { '@type': 'Organization', name: a.jurisdiction },
        })),
        ...l.certifications.map((c) => ({
          '@type': 'EducationalOccupationalCredential',
          name: c.name,
          recognizedBy: { '@type': 'Organization', name: c.issuer },
        })),
      ],
    })),
  };
}

/** Adds the block once per site; a second directory on the page leaves it alone. */
export function addJsonLd(doc: Document, directory: PublicDirectory, site: PublicSiteConfig, endpoint: string): void {
  const id = `retainer-jsonld-${directory.site}`;
  if (doc.getElementById(id)) return;
  const script = doc.createElement('script');
  script.type = 'application/ld+json';
  script.id = id;
  // `<` escaped: a name containing `</script>` must not end the block if the page is ever serialised.
  script.textContent = JSON.stringify(directoryJsonLd(directory, site, endpoint)).replace(/</g, '\\u003c');
  doc.head.append(script);
}
