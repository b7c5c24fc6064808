/** One card: photo (or initials), name as the button that opens the profile, title, practice areas, languages. */
import type { WidgetContext } from '@retainer/core';
import type { PublicLawyer } from '@retainer/schema';
import { resolvePhoto } from './json-ld.ts';
import { initials, languageName, practiceName } from './labels.ts';
import type { DirectoryMessages } from './messages/load-messages.ts';
import type { Layout } from './narrowing.ts';

type CardProps = {
  lawyer: PublicLawyer;
  context: WidgetContext;
  t: DirectoryMessages;
  layout: Layout;
  onOpen: (lawyer: PublicLawyer, opener: HTMLElement) => void;
};

export function Photo({ lawyer, endpoint, size }: { lawyer: PublicLawyer; endpoint: string; size: number }) {
  const src = resolvePhoto(lawyer.photoUrl, endpoint);
  // The name is right beside the photo: the image adds nothing for a screen reader.
  return src ? (
    <img class="photo" part="photo" src={src} alt="" width={size} height={size} loading="lazy" decoding="async" />
  ) : (
    <span class="photo initials" part="photo" aria-hidden="true">
      {initials(lawyer.name)}
    </span>
  );
}

export function LawyerCard({ lawyer, context, t, layout, onOpen }: CardProps) {
  const { site, lang, config } = context;
  return (
    <li class="card" part="card">
      {layout !== 'compact' && <Photo lawyer={lawyer} endpoint={config.endpoint} size={96} />}
      <div class="card-body">
        <h3 class="name">
          <button
            type="button"
            class="open"
            aria-haspopup="dialog"
            aria-label={t.viewProfile(lawyer.name)}
            onClick={(event) => onOpen(lawyer, event.currentTarget)}
          >
            {lawyer.name}
          </button>
        </h3>
        <p class="title">{lawyer.title}</p>
        {layout !== 'compact' && (
          <>
            <p class="tags">
              <span class="visually-hidden">{t.practiceAreas}: </span>
              {lawyer.practiceAreas.map((id) => practiceName(site, id, lang)).join(' · ')}
            </p>
            <p class="hint">
              <span class="visually-hidden">{t.languages}: </span>
              {lawyer.languages.map((code) => languageName(code, lang, t.languageNames)).join(', ')}
            </p>
          </>
        )}
      </div>
    </li>
  );
}
