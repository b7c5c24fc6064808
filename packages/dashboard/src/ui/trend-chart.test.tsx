import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderInDashboard } from '../test-support/render-dashboard.tsx';
import { TrendChart } from './trend-chart.tsx';

describe('TrendChart', () => {
  it('gives the numbers as a table with the title, one row per period and a dash for a gap', async () => {
    const jan = Date.UTC(2026, 0, 1, 12);
    const feb = Date.UTC(2026, 1, 1, 12);
    renderInDashboard(
      <TrendChart
        title="NPS by month"
        x={[jan, feb]}
        series={[
          { label: 'NPS', values: [42, null] },
          { label: 'Response rate', values: [37.5, 40], unit: '%' },
        ]}
      />,
    );
    expect(screen.getByText('NPS by month', { selector: 'figcaption' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'NPS by month' });
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('42');
    expect(rows[0]?.textContent).toContain('37.5%');
    expect(rows[1]?.textContent).toContain('–');
    expect(rows[1]?.textContent).toContain('40%');
  });
});
