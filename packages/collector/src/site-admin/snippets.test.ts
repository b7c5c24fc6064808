import { describe, expect, it } from 'vitest';
import { siteSnippets } from './snippets.ts';

describe('siteSnippets', () => {
  it('gives an element and a script per widget, and the all-in-one loader', () => {
    const snippets = siteSnippets('https://retainer.firm.example', 'harbor-vale', (file) => file === 'intake.js');
    expect(snippets.loader).toBe(
      '<script async src="https://retainer.firm.example/w/retainer.js" data-site="harbor-vale" data-faq="bubble"></script>',
    );
    expect(snippets.widgets[0]).toEqual({
      name: 'intake',
      element: '<retainer-intake></retainer-intake>',
      script: '<script async src="https://retainer.firm.example/w/intake.js" data-site="harbor-vale"></script>',
      available: true,
    });
    expect(snippets.widgets.find((w) => w.name === 'faq')).toMatchObject({ element: '', available: false });
  });

  it('escapes what goes into attributes', () => {
    expect(siteSnippets('http://x"><b', 'a', () => true).loader).toContain(
      'src="http://x&quot;&gt;&lt;b/w/retainer.js"',
    );
  });
});
