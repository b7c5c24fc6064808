/**
 * A lawyer's full profile in a modal dialog: focus moves in, Tab stays inside, Escape or the
 * close button closes it, and focus returns to the card it came from.
 */
import { trapFocus, type WidgetContext } from '@retainer/core';
import { type PublicLawyer, pickText } from '@retainer/schema';
import { useEffect, useRef } from 'preact/hooks';
import { languageName, practiceName } from './labels.ts';
import { Photo } from './lawyer-card.tsx';
import type { DirectoryModel } from './model.ts';
import { downloadVCard } from './vcard.ts';

type DialogProps = { lawyer: PublicLawyer; model: DirectoryModel; context: WidgetContext; onClose: () => void };

export function formatDate(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));
}

export function ProfileDialog({ lawyer, model, context, onClose }: DialogProps) {
  const t = model.t.value!;
  const doc = model.directory.value!;
  const { site, lang, config } = context;
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('.close')?.focus();
  }, []);

  useEffect(() => trapFocus(dialog.current!, onClose), [onClose]);

  const external = { target: '_blank', rel: 'noopener noreferrer' };
  return (
    <div class="backdrop" part="backdrop">
      <div ref={dialog} class="dialog" part="dialog" role="dialog" aria-modal="true" aria-labelledby="d-profile-name">
        <button type="button" class="close button secondary" onClick={onClose}>
          {t.close}
        </button>
        <div class="profile-head">
          <Photo lawyer={lawyer} endpoint={config.endpoint} size={128} />
          <div>
            <h2 id="d-profile-name">{lawyer.name}</h2>
            <p class="title">{lawyer.title}</p>
            {lawyer.yearsInPractice !== undefined && <p class="hint">{t.yearsInPractice(lawyer.yearsInPractice)}</p>}
          </div>
        </div>
        {lawyer.bio && <p class="bio">{pickText(lawyer.bio, lang)}</p>}
        <dl class="facts">
          <Fact term={t.practiceAreas} items={lawyer.practiceAreas.map((id) => practiceName(site, id, lang))} />
          <Fact term={t.languages} items={lawyer.languages.map((code) => languageName(code, lang, t.languageNames))} />
          <Fact term={t.offices} items={lawyer.offices.map((o) => o.name)} />
          <Fact term={t.admissions} items={lawyer.barAdmissions.map((a) => `${a.jurisdiction}, ${a.year}`)} />
          <Fact
            term={t.education}
            items={lawyer.education.map((e) => [e.degree, e.school, e.year].filter(Boolean).join(', '))}
          />
          <Fact
            term={t.certifications}
            items={lawyer.certifications.map(
              (c) => `${c.name} (${t.issuedBy(c.issuer)}${c.year ? `, ${c.year}` : ''})`,
            )}
          />
        </dl>
        {doc.showRatings && lawyer.rating && <p class="rating">{t.rating(lawyer.rating.value, lawyer.rating.count)}</p>}
        {doc.showTestimonials && lawyer.testimonials && lawyer.testimonials.length > 0 && (
          <section class="testimonials" aria-labelledby="d-testimonials">
            <h3 id="d-testimonials">{t.testimonials}</h3>
            {lawyer.testimonials.map((q) => (
              <figure key={q.quote}>
                <blockquote>{q.quote}</blockquote>
                <figcaption>— {q.attribution}</figcaption>
              </figure>
            ))}
          </section>
        )}
        <p class="hint verified">{t.lastVerified(formatDate(lawyer.lastVerified, lang))}</p>
        <div class="profile-actions" part="actions">
          <button type="button" class="button" onClick={() => model.follow('contact', lawyer)}>
            {t.contact}
          </button>
          {lawyer.bookingUrl && (
            <a
              class="button secondary"
              href={lawyer.bookingUrl}
              {...external}
              onClick={() => model.follow('booking', lawyer)}
            >
              {t.book} <span class="visually-hidden">{t.opensNewTab}</span>
            </a>
          )}
          {lawyer.email && (
            <a class="button secondary" href={`mailto:${lawyer.email}`} onClick={() => model.follow('email', lawyer)}>
              {t.email}: {lawyer.email}
            </a>
          )}
          {lawyer.phone && (
            <a
              class="button secondary"
              href={`tel:${lawyer.phone.replace(/[^+0-9]/g, '')}`}
              onClick={() => model.follow('phone', lawyer)}
            >
              {t.phone}: {lawyer.phone}
            </a>
          )}
          <button
            type="button"
            class="button secondary"
            onClick={(event) => downloadVCard(event.currentTarget.parentNode!, lawyer, doc.firm.name, config.endpoint)}
          >
            {t.vcard}
          </button>
        </div>
      </div>
    </div>
  );
}

function Fact({ term, items }: { term: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div class="fact">
      <dt>{term}</dt>
      {items.map((item) => (
        <dd key={item}>{item}</dd>
      ))}
    </div>
  );
}
