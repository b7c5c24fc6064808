/**
 * How the survey opens (issue 6): from its invitation link (`…#retainer-survey=<token>`; the token is then
 * removed from the address bar) or from `Retainer('survey', token)`, queued or later (the stub and the
 * runtime both dispatch `surveyTokenEvent`). The token goes on the placement, or on a floating
 * `<retainer-survey mode="dialog">` made for it, as its `token` attribute; the widget watches that attribute.
 *
 * @example
 *   watchSurvey((host) => mountNow(host)); // in loaders that carry the survey
 */
export const surveyTokenEvent = 'retainer:survey-token';

const prefix = 'retainer-survey=';

export function watchSurvey(open: (host: Element) => void): void {
  const start = (token: unknown): void => {
    if (typeof token !== 'string' || !token) return;
    if (document.readyState === 'loading') {
      // DOMContentLoaded fires once: no need to remove the listener.
      document.addEventListener('DOMContentLoaded', () => start(token));
      return;
    }
    let host = document.querySelector('retainer-survey,[data-retainer="survey"]');
    if (!host) {
      host = document.body.appendChild(document.createElement('retainer-survey'));
      host.setAttribute('mode', 'dialog');
    }
    if (host.getAttribute('token') !== token) {
      host.setAttribute('token', token);
      open(host);
    }
  };
  addEventListener(surveyTokenEvent, (event) => start((event as CustomEvent).detail));
  const { hash } = location;
  if (hash.startsWith(`#${prefix}`)) {
    // Out of the address bar (and so out of bookmarks, shared links and history) once read. Tokens are
    // base64url: nothing to decode.
    history.replaceState(history.state, '', location.pathname + location.search);
    start(hash.slice(prefix.length + 1));
  }
}

/** What `Retainer('survey', token)` does before and after the runtime loads. */
export const requestSurvey = (token: unknown) => dispatchEvent(new CustomEvent(surveyTokenEvent, { detail: token }));
