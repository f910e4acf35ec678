import { novemberCost, okBudget, warningBudget } from '../../testing/fixtures';
import { cumulativeSeries } from './cumulative';

describe('cumulativeSeries', () => {
  it('adds the month up to today, then carries the forecast to month end', () => {
    const points = cumulativeSeries(novemberCost.daily, warningBudget);

    expect(points).toHaveLength(30);
    expect(points[0]).toEqual({ date: '2026-11-01', spent: 3.9 });
    // 10 × 3.90
    expect(points[9]).toEqual({ date: '2026-11-10', spent: 39 });
    // 39.00 + 11 × 4.60
    expect(points[20]).toEqual({ date: '2026-11-21', spent: 89.6 });
    // today: 89.60 + 6.80, where the forecast starts
    expect(points[21]).toEqual({
      date: '2026-11-22',
      spent: 96.4,
      forecast: 96.4,
    });
    // halfway through the 8 days left: 96.4 + (131.454545455 − 96.4) × 4 ÷ 8
    expect(points[25].spent).toBeUndefined();
    expect(points[25].forecast).toBeCloseTo(113.927272727);
    expect(points[29]).toEqual({
      date: '2026-11-30',
      forecast: 131.454545455,
    });
  });

  it('adds exactly, not in floating point', () => {
    const points = cumulativeSeries(
      [
        { date: '2026-11-01', amount: '0.1' },
        { date: '2026-11-02', amount: '0.2' },
      ],
      { ...okBudget, forecastMonthEnd: '4.5' },
    );

    expect(points[1].spent).toBe(0.3);
  });

  it('leaves out days of other months and forecasts nothing for a month that is over', () => {
    const points = cumulativeSeries(
      [
        { date: '2026-10-31', amount: '50' },
        ...Array.from({ length: 30 }, (_, i) => ({
          date: `2026-11-${String(i + 1).padStart(2, '0')}`,
          amount: '2',
        })),
      ],
      { ...okBudget, forecastMonthEnd: '60' },
    );

    expect(points).toHaveLength(30);
    expect(points[29]).toEqual({ date: '2026-11-30', spent: 60 });
    expect(points.some(point => point.forecast !== undefined)).toBe(false);
  });
});
