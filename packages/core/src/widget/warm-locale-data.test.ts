import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh module per test: what it warmed is remembered per page. */
const load = async () => (await import('./warm-locale-data.ts')).warmLocaleData;

describe('warmLocaleData', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.restoreAllMocks());

  it('builds no number or date format: the first of either is a long task of its own (issue 18)', async () => {
    const numberFormat = vi.spyOn(Intl, 'NumberFormat');
    const dateTimeFormat = vi.spyOn(Intl, 'DateTimeFormat');
    const plurals = vi.spyOn(Intl, 'PluralRules');
    const warmLocaleData = await load();
    await warmLocaleData('ru', true);
    expect(numberFormat).not.toHaveBeenCalled();
    expect(dateTimeFormat).not.toHaveBeenCalled();
    expect(plurals).toHaveBeenCalledWith('ru');
  });

  it('makes a date input in the widget language only for a view that shows one, once per language', async () => {
    const created: HTMLElement[] = [];
    const createElement = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation((name: string) => {
      const element = createElement(name);
      created.push(element);
      return element;
    });
    const warmLocaleData = await load();
    await warmLocaleData('en');
    expect(created).toEqual([]);
    await warmLocaleData('ru', true);
    await warmLocaleData('ru', true);
    expect(created.map((e) => [e.localName, (e as HTMLInputElement).type, e.lang])).toEqual([['input', 'date', 'ru']]);
  });
});
