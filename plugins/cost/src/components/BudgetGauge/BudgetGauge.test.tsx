import { lightTheme } from '@backstage/theme';
import { renderInTestApp } from '@backstage/test-utils';
import { BudgetStatus } from '@internal/plugin-cost-common';
import { screen } from '@testing-library/react';
import {
  criticalBudget,
  okBudget,
  warningBudget,
} from '../../testing/fixtures';
import { BudgetGauge } from './BudgetGauge';

const { ok, warning, error } = lightTheme.palette.status;

/** The background a chip with this label is drawn in. */
const chipColour = (label: string) =>
  (screen.getByText(label).closest('.MuiChip-root') as HTMLElement).style
    .backgroundColor;

/** A colour as the browser writes it back: `rgb(…)`. */
const css = (colour: string) => {
  const probe = document.createElement('div');
  probe.style.backgroundColor = colour;
  return probe.style.backgroundColor;
};

const width = (testId: string) =>
  parseFloat(screen.getByTestId(testId).style.width);

describe('BudgetGauge', () => {
  it.each([
    [
      'ok',
      okBudget,
      // 66 ÷ 120 = 55 %, 90 ÷ 120 = 75 %
      '$66.00 of $120.00 (55 %) · forecast $90.00 (75 %)',
      [['OK', ok]],
    ],
    [
      'warning',
      warningBudget,
      // 96.4 ÷ 120 = 80.3 %, 131.4545… ÷ 120 = 109.5 %
      '$96.40 of $120.00 (80 %) · forecast $131.45 (109 %)',
      [
        ['Warning', warning],
        ['Forecast: Critical', error],
      ],
    ],
    [
      'critical',
      criticalBudget,
      // 118.8 ÷ 120 = 99 %, 162 ÷ 120 = 135 %
      '$118.80 of $120.00 (99 %) · forecast $162.00 (135 %)',
      [['Critical', error]],
    ],
  ] as Array<[string, BudgetStatus, string, string[][]]>)(
    'shows a %s budget with its figures and chips',
    async (_, budget, text, chips) => {
      await renderInTestApp(<BudgetGauge budget={budget} currency="USD" />);

      expect(screen.getByText(text)).toBeInTheDocument();
      expect(
        screen.getByRole('meter', { name: 'Budget for November 2026' }),
      ).toHaveAttribute('aria-valuetext', text);
      expect(
        screen.getByText(
          'Forecast: daily run rate, one-time and monthly charges once',
        ),
      ).toBeInTheDocument();
      expect(
        [...document.querySelectorAll('.MuiChip-root')].map(
          chip => chip.textContent,
        ),
      ).toEqual(chips.map(([label]) => label));
      for (const [label, colour] of chips) {
        expect(chipColour(label)).toBe(css(colour));
      }
    },
  );

  it('draws the spend, the forecast and the thresholds on a scale to the budget', async () => {
    await renderInTestApp(<BudgetGauge budget={okBudget} currency="USD" />);

    expect(width('budget-spent')).toBeCloseTo(55);
    expect(width('budget-forecast')).toBeCloseTo(75);
    expect(screen.getByText('80 %')).toHaveStyle({ left: '80%' });
    expect(screen.getByText('96 %')).toHaveStyle({ left: '96%' });
    expect(screen.queryByText('100 %')).not.toBeInTheDocument();
  });

  it('stretches the scale to a forecast beyond the budget and marks the budget', async () => {
    await renderInTestApp(
      <BudgetGauge budget={criticalBudget} currency="USD" />,
    );

    // the scale runs to 135 % of the budget
    expect(width('budget-spent')).toBeCloseTo((99 / 135) * 100);
    expect(width('budget-forecast')).toBeCloseTo(100);
    expect(parseFloat(screen.getByText('80 %').style.left)).toBeCloseTo(
      (80 / 135) * 100,
    );
    expect(parseFloat(screen.getByText('100 %').style.left)).toBeCloseTo(
      (100 / 135) * 100,
    );
  });

  it('stops stretching at 150 % of the budget when the forecast runs far beyond it', async () => {
    // a first day of the month at 116 %, forecast at 1810 %
    const early: BudgetStatus = {
      ...criticalBudget,
      spentMonthToDate: '93.47',
      monthly: '80',
      forecastMonthEnd: '1448.78',
      ratio: 1.168,
      forecastRatio: 18.1,
    };
    await renderInTestApp(<BudgetGauge budget={early} currency="USD" />);

    // the scale runs to 150 %; the forecast runs off its end
    expect(width('budget-spent')).toBeCloseTo((116.8 / 150) * 100);
    expect(width('budget-forecast')).toBe(100);
    expect(parseFloat(screen.getByText('80 %').style.left)).toBeCloseTo(
      (80 / 150) * 100,
    );
    expect(parseFloat(screen.getByText('100 %').style.left)).toBeCloseTo(
      (100 / 150) * 100,
    );
  });

  it('writes the amounts in the billing currency', async () => {
    await renderInTestApp(
      <BudgetGauge budget={warningBudget} currency="EUR" />,
    );

    expect(
      screen.getByText('€96.40 of €120.00 (80 %) · forecast €131.45 (109 %)'),
    ).toBeInTheDocument();
  });
});
