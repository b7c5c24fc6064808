/**
 * The directory card as visitors will see it (photo, name, title, practice areas, languages),
 * redrawn as staff type. Only a likeness: the widget on the site draws the real one.
 */
import { type Language, pickText } from '@retainer/schema';
import type { AdminSite } from '@retainer/schema/admin';
import { useMessages } from '../../app-context.ts';
import type { LawyerDraft } from './lawyer-draft.ts';

/** `ru` → "Russian", in the dashboard's language; an unknown code stays as typed. */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

export function LawyerCardPreview({ draft, site, locale }: { draft: LawyerDraft; site: AdminSite; locale: Language }) {
  const t = useMessages();
  const areas = draft.practiceAreas.map((id) => {
    const area = site.practiceAreas.find((a) => a.id === id);
    return area ? pickText(area.label, locale) : id;
  });
  const spoken = draft.languages
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((code) => languageName(code.toLowerCase(), locale));
  const photo = /^(https?:\/\/|\/)/.test(draft.photoUrl.trim()) ? draft.photoUrl.trim() : '';
  return (
    <section class="panel lawyer-preview" aria-labelledby="lawyer-preview-title">
      <h2 id="lawyer-preview-title" class="panel-title">
        {t.lawyers.previewTitle}
      </h2>
      <p class="muted">{t.lawyers.previewHelp}</p>
      <article class="lawyer-card" aria-label={draft.name || t.lawyers.newTitle}>
        {photo ? (
          <img class="lawyer-card-photo" src={photo} alt="" width={96} height={96} />
        ) : (
          <span class="lawyer-card-photo lawyer-card-initials" aria-hidden="true">
            {initials(draft.name) || '?'}
          </span>
        )}
        <h3 class="lawyer-card-name">{draft.name || t.lawyers.newTitle}</h3>
        {draft.title && <p class="lawyer-card-title">{draft.title}</p>}
        {areas.length > 0 && (
          <ul class="chip-list" aria-label={t.lawyers.practiceAreas}>
            {areas.map((area) => (
              <li key={area} class="chip">
                {area}
              </li>
            ))}
          </ul>
        )}
        {spoken.length > 0 && (
          <p class="lawyer-card-languages">
            <span class="visually-hidden">{t.lawyers.languages}: </span>
            {spoken.join(' · ')}
          </p>
        )}
        {draft.status === 'departed' && <span class="badge badge-muted">{t.lawyers.status.departed}</span>}
      </article>
    </section>
  );
}
