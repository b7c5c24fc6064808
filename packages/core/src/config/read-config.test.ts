import { describe, expect, it } from 'vitest';
import { readWidgetConfig, type ScriptSettings } from './read-config.ts';

const script = (data: Record<string, string>): ScriptSettings => ({
  src: 'https://collector.example/w/intake.js',
  data,
});

function host(attributes: Record<string, string> = {}) {
  const element = document.createElement('retainer-intake');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

describe('readWidgetConfig', () => {
  it('reads data-* from the script tag and defaults the endpoint to the script origin', () => {
    const config = readWidgetConfig('intake', script({ site: 'harbor-vale', lang: 'ru', accent: '#7a1f3d' }), host());
    expect(config).toEqual({
      widget: 'intake',
      site: 'harbor-vale',
      lang: 'ru',
      accent: '#7a1f3d',
      endpoint: 'https://collector.example',
      consentRequired: false,
    });
  });

  it('lets attributes on the placement element override the script, plain or data-*', () => {
    const config = readWidgetConfig(
      'intake',
      script({ site: 'harbor-vale', lang: 'ru', endpoint: 'https://a.example/' }),
      host({ lang: 'zh', 'data-site': 'other-firm', endpoint: 'https://b.example/retainer/' }),
    );
    expect(config.lang).toBe('zh');
    expect(config.site).toBe('other-firm');
    expect(config.endpoint).toBe('https://b.example/retainer');
  });

  it('throws a prefixed, readable error for setup mistakes', () => {
    expect(() => readWidgetConfig('intake', script({}), host())).toThrow(/^\[retainer\] intake: add data-site/);
    expect(() => readWidgetConfig('intake', script({ site: 'Harbor Vale' }), host())).toThrow(/not a site id/);
    expect(() => readWidgetConfig('intake', script({ site: 'a', endpoint: 'collector' }), host())).toThrow(
      /absolute URL/,
    );
  });

  it('ignores a malformed accent with a warning instead of refusing to render', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      expect(readWidgetConfig('intake', script({ site: 'a', accent: 'red' }), host()).accent).toBeUndefined();
    } finally {
      console.warn = original;
    }
    expect(warnings).toEqual([expect.stringMatching(/^\[retainer\] intake: data-accent "red"/)]);
  });

  it('knows when the site requires consent', () => {
    expect(readWidgetConfig('intake', script({ site: 'a', consent: 'required' }), host()).consentRequired).toBe(true);
  });
});
