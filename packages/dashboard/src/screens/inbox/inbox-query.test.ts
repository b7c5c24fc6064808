import { describe, expect, it } from 'vitest';
import { hour, inboxItem } from '../../test-support/fixtures.ts';
import { filtersFromQuery, toApiFilters } from './inbox-query.ts';
import { sortInbox } from './sort-inbox.ts';

describe('inbox filters in the address', () => {
  it('keeps known, well-formed filters and drops the rest', () => {
    const query = new URLSearchParams('state=lost&practiceArea=family&from=yesterday&to=2025-05-02&utm=x');
    expect(filtersFromQuery(query)).toEqual({ practiceArea: 'family', to: '2025-05-02' });
  });

  it('sends dates as epoch milliseconds', () => {
    expect(toApiFilters({ state: 'new', from: '2025-05-01', to: '2025-05-01' })).toEqual({
      site: undefined,
      state: 'new',
      practiceArea: undefined,
      assignee: undefined,
      from: new Date(2025, 4, 1).getTime(),
      to: new Date(2025, 4, 2).getTime(),
    });
  });
});

describe('sortInbox', () => {
  it('puts overdue first (most overdue on top), new by due time, then contacted, then closed ones', () => {
    const clock = (dueAt: number, overdue = false) => ({
      businessMs: 0,
      targetMs: 8 * hour,
      dueAt,
      firstContactAt: null,
      overdue,
    });
    const items = [
      inboxItem({ id: 'contacted-old', state: 'contacted', receivedAt: 1, clock: clock(0) }),
      inboxItem({ id: 'new-later', clock: clock(500) }),
      inboxItem({ id: 'overdue-less', clock: clock(300, true) }),
      inboxItem({ id: 'retained-recent', state: 'retained', receivedAt: 9, clock: clock(0) }),
      inboxItem({ id: 'new-sooner', clock: clock(400) }),
      inboxItem({ id: 'overdue-most', clock: clock(100, true) }),
    ];
    expect(sortInbox(items).map((item) => item.id)).toEqual([
      'overdue-most',
      'overdue-less',
      'new-sooner',
      'new-later',
      'contacted-old',
      'retained-recent',
    ]);
  });
});
