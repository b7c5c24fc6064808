/**
 * Theme tokens: one defaults object, one list of CSS variable names and one
 * function that writes a theme onto a widget's shadow host. The values land in
 * a `:host { … }` rule of an adopted sheet, so a page can still override any
 * token with plain CSS on the element: `retainer-intake { --retainer-accent: #7a1f3d }`.
 *
 * @example
 *   writeTheme(host, { accent: '#1f4e79', radius: 4 });
 */
export type ThemeTokens = {
  accent: string;
  /** Text on accent backgrounds; derived from `accent` unless given. */
  onAccent: string;
  /** Focus ring; the accent when it contrasts enough with the surface, else the text colour. */
  focus: string;
  text: string;
  muted: string;
  surface: string;
  subtle: string;
  border: string;
  danger: string;
  success: string;
  radius: number;
};

export const themeDefaults: Omit<ThemeTokens, 'onAccent' | 'focus'> = {
  accent: '#1f4e79',
  text: '#1b1f24',
  muted: '#545d68',
  surface: '#ffffff',
  subtle: '#f3f4f6',
  border: '#6b7480',
  danger: '#b42318',
  success: '#166534',
  radius: 6,
};

export const themeVariables: Record<keyof ThemeTokens, `--retainer-${string}`> = {
  accent: '--retainer-accent',
  onAccent: '--retainer-on-accent',
  focus: '--retainer-focus',
  text: '--retainer-text',
  muted: '--retainer-muted',
  surface: '--retainer-surface',
  subtle: '--retainer-subtle',
  border: '--retainer-border',
  danger: '--retainer-danger',
  success: '--retainer-success',
  radius: '--retainer-radius',
};

/** The only colour form a theme accepts: anything else could smuggle CSS into the `:host` rule. */
export const hexColor = /^#[0-9a-f]{6}$/i;

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(color: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Fills in derived tokens and drops values that are not safe to put into CSS. */
export function resolveTheme(theme: Partial<ThemeTokens> = {}): ThemeTokens {
  const safe = (key: keyof ThemeTokens) => {
    const value = theme[key];
    return key === 'radius'
      ? Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 24
      : hexColor.test(String(value));
  };
  const merged = { ...themeDefaults };
  for (const key of Object.keys(themeDefaults) as (keyof typeof themeDefaults)[]) {
    if (safe(key)) (merged as Record<string, unknown>)[key] = theme[key];
  }
  const onAccent = safe('onAccent')
    ? (theme.onAccent as string)
    : contrastRatio(merged.accent, '#ffffff') >= 4.5
      ? '#ffffff'
      : '#000000';
  const focus = safe('focus')
    ? (theme.focus as string)
    : contrastRatio(merged.accent, merged.surface) >= 3
      ? merged.accent
      : merged.text;
  return { ...merged, onAccent, focus };
}

const sheets = new WeakMap<Element, CSSStyleSheet>();

/** The CSS text of a theme as one `:host` rule. */
export function themeCss(theme: Partial<ThemeTokens>): string {
  const tokens = resolveTheme(theme);
  const declarations = (Object.keys(themeVariables) as (keyof ThemeTokens)[]).map(
    (key) => `${themeVariables[key]}:${key === 'radius' ? `${tokens.radius}px` : tokens[key]}`,
  );
  return `:host{${declarations.join(';')}}`;
}

/** Writes a theme onto a shadow host (attaching an open shadow root if it has none). */
export function writeTheme(host: Element, theme: Partial<ThemeTokens>): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  let sheet = sheets.get(host);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(host, sheet);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(themeCss(theme));
}
