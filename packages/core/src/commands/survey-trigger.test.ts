import { afterEach, describe, expect, it } from 'vitest';

import { requestSurvey, watchSurvey } from './survey-trigger.ts';

const token = 'A'.repeat(43);

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

describe('survey trigger', () => {
  it('reads the token from the link, clears it from the address bar and opens a dialog host', () => {
    history.replaceState(null, '', `/feedback.html?x=1#retainer-survey=${token}`);
    const opened: Element[] = [];
    watchSurvey((host) => opened.push(host));
    expect(location.hash).toBe('');
    expect(location.pathname + location.search).toBe('/feedback.html?x=1');
    expect(opened).toHaveLength(1);
    const host = opened[0] as Element;
    expect(host.localName).toBe('retainer-survey');
    expect(host.getAttribute('mode')).toBe('dialog');
    expect(host.getAttribute('token')).toBe(token);

    // Retainer('survey', token): the same token again does nothing, a new one reuses the host.
    requestSurvey(token);
    expect(opened).toHaveLength(1);
    requestSurvey('B'.repeat(43));
    expect(opened).toEqual([host, host]);
    expect(host.getAttribute('token')).toBe('B'.repeat(43));
    requestSurvey(42);
    expect(opened).toHaveLength(2);
  });

  it('uses the page’s own placement when there is one', () => {
    // The watcher from the first test is still listening (one per loader, for the page's life).
    document.body.innerHTML = '<retainer-survey></retainer-survey>';
    requestSurvey('C'.repeat(43));
    const hosts = document.querySelectorAll('retainer-survey');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.getAttribute('token')).toBe('C'.repeat(43));
    expect(hosts[0]?.hasAttribute('mode')).toBe(false);
  });
});
