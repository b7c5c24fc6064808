/** The inbox filters. Each change writes the address at once, which re-queries the list. */
import { intakeStates } from '@retainer/schema/admin';
import { useDashboard, useMessages } from '../../app-context.ts';
import type { InboxModel } from './inbox-model.ts';
import type { FilterKey } from './inbox-query.ts';
import { type Lookups, practiceAreaOptions } from './lookups.ts';

type Option = { value: string; label: string };

export function InboxFilters({ inbox, lookups }: { inbox: InboxModel; lookups: Lookups }) {
  const t = useMessages();
  const { i18n } = useDashboard();
  const filters = inbox.filters.value;
  const sites = lookups.sites.value;
  const areas = practiceAreaOptions(sites, filters.site, i18n.lang.value);
  const users = lookups.users.value;

  const select = (key: FilterKey, label: string, options: Option[]) => (
    <div class="field field-compact">
      <label for={`filter-${key}`}>{label}</label>
      <select
        id={`filter-${key}`}
        value={filters[key] ?? ''}
        onChange={(event) => inbox.setFilter(key, event.currentTarget.value)}
      >
        <option value="">{t.common.all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {/* Keep a value from the address selectable even before (or without) its label loading. */}
        {filters[key] && !options.some((o) => o.value === filters[key]) && (
          <option value={filters[key]}>{filters[key]}</option>
        )}
      </select>
    </div>
  );

  const date = (key: 'from' | 'to', label: string) => (
    <div class="field field-compact">
      <label for={`filter-${key}`}>{label}</label>
      <input
        id={`filter-${key}`}
        type="date"
        value={filters[key] ?? ''}
        max={key === 'from' ? filters.to : undefined}
        min={key === 'to' ? filters.from : undefined}
        onChange={(event) => inbox.setFilter(key, event.currentTarget.value)}
      />
    </div>
  );

  return (
    <form class="filters" aria-label={t.inbox.filters} onSubmit={(event) => event.preventDefault()}>
      {sites.length > 1 &&
        select(
          'site',
          t.inbox.site,
          sites.map((s) => ({ value: s.id, label: s.name })),
        )}
      {select(
        'state',
        t.inbox.state,
        intakeStates.map((state) => ({ value: state, label: t.states[state] })),
      )}
      {select(
        'practiceArea',
        t.inbox.practiceArea,
        areas.map((a) => ({ value: a.id, label: a.label })),
      )}
      {select('assignee', t.inbox.assignee, [
        { value: 'none', label: t.common.unassigned },
        ...users.map((u) => ({ value: u.id, label: u.name })),
      ])}
      {date('from', t.inbox.from)}
      {date('to', t.inbox.to)}
      {inbox.filtered.value && (
        <button type="button" class="button button-quiet filters-clear" onClick={() => inbox.clearFilters()}>
          {t.inbox.clearFilters}
        </button>
      )}
    </form>
  );
}
