import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteSnippets } from './snippets.ts';

const repo = new URL('../../../../', import.meta.url);

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

  // Issue 14, defects 7, 8 and 17: the README tells what the product is and what the collector really gives.
  it('is what the README tells a web admin to paste, and the README describes the repository as it is', () => {
    const readme = readFileSync(new URL('README.md', repo), 'utf8');
    expect(readme).toContain(siteSnippets('https://retainer.firm.example', 'harbor-vale', () => true).loader);
    expect(readme).toContain(
      'script-src https://retainer.example.com; connect-src https://retainer.example.com; img-src https://retainer.example.com',
    );
    expect(readme).not.toContain('so far');
    expect(readme).not.toContain('../');
    for (const widget of ['intake form', 'lawyer directory', 'FAQ bot', 'case status tracker', 'client survey']) {
      expect(readme).toContain(`**${widget}**`);
    }
    const layout = /## Layout\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    // Top-level entries start a line; `packages/` children are indented two spaces (several on one line).
    const paths = layout.split('\n').flatMap((line) => {
      const names = line.split(/\s{2,}/)[line.startsWith('  ') ? 1 : 0] ?? '';
      if (!line.startsWith('  ')) return names ? [names] : [];
      if (/^\s{3}/.test(line)) return [];
      return names.split(' ').map((name) => `packages/${name}`);
    });
    for (const path of paths) expect(existsSync(new URL(path, repo)), path).toBe(true);
  });
});
