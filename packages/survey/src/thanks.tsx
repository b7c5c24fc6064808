/**
 * What every client sees after answering, whatever the score: thanks, the firm's review links
 * and how to reach the firm. The heading takes focus so screen readers announce the change.
 */
import type { SurveyThanks } from '@retainer/schema';
import { useEffect, useRef } from 'preact/hooks';
import type { SurveyMessages } from './messages/load-messages.ts';

type ThanksProps = {
  t: SurveyMessages;
  thanks: SurveyThanks;
  already: boolean;
  onReview: (label: string) => void;
};

export function Thanks({ t, thanks, already, onReview }: ThanksProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { phone, email } = thanks.contact;
  return (
    <div class="thanks">
      <h2 id="survey-title" tabIndex={-1} ref={heading}>
        {already ? t.alreadyAnswered : t.thanks}
      </h2>
      {!already && <p>{t.thanksBody}</p>}
      {thanks.reviewLinks.length > 0 && (
        <>
          <p>{t.reviewInvite}</p>
          <ul class="links">
            {thanks.reviewLinks.map((link) => (
              <li key={link.url}>
                <a
                  class="button"
                  part="review-link"
                  href={link.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  onClick={() => onReview(link.label)}
                >
                  {t.reviewOn(link.label)}
                  <span class="visually-hidden"> {t.opensNewTab}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {(phone || email) && (
        <>
          <p>{t.talk}</p>
          <ul class="contact">
            {phone && (
              <li>
                <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{t.call(phone)}</a>
              </li>
            )}
            {email && (
              <li>
                <a href={`mailto:${email}`}>{t.email(email)}</a>
              </li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
