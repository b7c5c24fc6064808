/** The search box and the practice-area, language and office filters; a filter the placement fixed is not shown. */
import type { WidgetContext } from '@retainer/core';
import { languageName, practiceName } from './labels.ts';
import type { DirectoryModel, Filters } from './model.ts';

export function DirectoryFilters({ model, context }: { model: DirectoryModel; context: WidgetContext }) {
  const t = model.t.value!;
  const { practice, language, office, officeNames } = model.choices.value;
  const current = model.filters.value;
  const select = (name: Exclude<keyof Filters, 'query'>, label: string, options: [string, string][]) =>
    options.length > 1 && (
      <div class="filter">
        <label for={`d-${name}`}>{label}</label>
        <select
          id={`d-${name}`}
          class="input"
          value={current[name]}
          onChange={(event) => model.setFilter(name, event.currentTarget.value)}
        >
          <option value="">{t.any}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
    );
  return (
    <div class="filters" part="filters">
      <div class="filter">
        <label for="d-query">{t.search}</label>
        <input
          id="d-query"
          class="input"
          type="search"
          autocomplete="off"
          value={current.query}
          onInput={(event) => model.setFilter('query', event.currentTarget.value)}
        />
      </div>
      {!model.narrowing.practice &&
        select(
          'practice',
          t.practice,
          practice.map((id) => [id, practiceName(context.site, id, context.lang)]),
        )}
      {select(
        'language',
        t.language,
        language.map((code) => [code, languageName(code, context.lang, t.languageNames)]),
      )}
      {!model.narrowing.office &&
        select(
          'office',
          t.office,
          office.map((id) => [id, officeNames.get(id) ?? id]),
        )}
    </div>
  );
}
