import { describe, expect, it } from 'vitest';
import { contrastRatio, resolveTheme, themeCss, themeDefaults, themeVariables, writeTheme } from './theme.ts';

const cssOf = (host: Element) =>
  host.shadowRoot?.adoptedStyleSheets
    .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
    .join('\n') ?? '';

describe('theme', () => {
  it('writes every token as a custom property on the shadow host', () => {
    const host = document.createElement('div');
    writeTheme(host, { accent: '#7a1f3d', radius: 2 });
    const css = cssOf(host);
    for (const name of Object.values(themeVariables)) expect(css).toContain(name);
    expect(css).toMatch(/--retainer-accent:\s*#7a1f3d/);
    expect(css).toMatch(/--retainer-radius:\s*2px/);
  });

  it('rewrites the same sheet when the theme changes', () => {
    const host = document.createElement('div');
    writeTheme(host, { accent: '#7a1f3d' });
    writeTheme(host, { accent: '#004d40' });
    expect(host.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    expect(cssOf(host)).toMatch(/--retainer-accent:\s*#004d40/);
  });

  it('picks readable text on the accent and a visible focus ring', () => {
    expect(resolveTheme({ accent: '#1f4e79' }).onAccent).toBe('#ffffff');
    const pale = resolveTheme({ accent: '#ffe066' });
    expect(pale.onAccent).toBe('#000000');
    expect(pale.focus).toBe(themeDefaults.text);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });

  it('never puts unsafe values into CSS', () => {
    expect(themeCss({ accent: 'red;}body{display:none', radius: -3 })).not.toContain('display:none');
    expect(resolveTheme({ accent: 'red;}' }).accent).toBe(themeDefaults.accent);
    expect(resolveTheme({ radius: 99 }).radius).toBe(themeDefaults.radius);
  });
});
