import { readCsv } from '../testUtils/csv';
import { DEMO_SERVICES } from '../services';
import { dollars, formatNanos } from './amounts';
import { SANDBOX_MONTHLY_BUDGETS } from './budgets';
import { generateFocusFiles } from './generate';
import { FOCUS_STORY, focusStoryFor } from './story';

const END = Date.UTC(2026, 10, 20) / 1000;

describe('focusStoryFor', () => {
  it('places the story for a history ending 2026-11-20', () => {
    expect(focusStoryFor({ end: END })).toEqual({
      month: '2026-11',
      lastDay: '2026-11-19',
      overBudget: {
        service: 'orchestrator',
        monthlyBudget: '80',
        monthToDate: '89.6',
        percentOfBudget: 112,
      },
      warning: {
        service: 'inventory-frontend',
        monthlyBudget: '20',
        monthToDate: '17',
        percentOfBudget: 85,
      },
      spike: {
        service: 'expansion-agent',
        start: Date.UTC(2026, 6, 14, 11) / 1000,
        end: Date.UTC(2026, 6, 17, 16) / 1000,
        days: ['2026-07-14', '2026-07-15', '2026-07-16', '2026-07-17'],
      },
    });
  });

  it('leaves the spike out when the files do not reach back to it', () => {
    expect(focusStoryFor({ end: END, months: 4 }).spike).toBeUndefined();
    expect(focusStoryFor({ end: END, months: 5 }).spike?.days[0]).toBe(
      '2026-07-14',
    );
  });
});

/** Month-to-date spend per service tag in the generated files, in percent of the budget. */
function monthToDate(
  end: number,
): Map<string, { spent: string; percent: number }> {
  const spent = new Map<string, bigint>();
  for (const file of generateFocusFiles({ end, months: 1 })) {
    const [header, ...records] = readCsv(file.csv);
    const cost = header.indexOf('EffectiveCost');
    const tags = header.indexOf('Tags');
    for (const cells of records) {
      const service = cells[tags] ? JSON.parse(cells[tags]).service : undefined;
      if (service) {
        spent.set(service, (spent.get(service) ?? 0n) + dollars(cells[cost]));
      }
    }
  }
  return new Map(
    [...spent].map(([service, nanos]) => [
      service,
      {
        spent: formatNanos(nanos),
        percent:
          Number(
            (nanos * 10_000n) / dollars(SANDBOX_MONTHLY_BUDGETS[service]),
          ) / 100,
      },
    ]),
  );
}

describe('the budget story on any day of the month', () => {
  it.each([
    ['the 1st of a month', Date.UTC(2026, 11, 2) / 1000],
    ['the 31st of a month', Date.UTC(2027, 0, 1) / 1000],
    ['the 28th of February', Date.UTC(2027, 2, 1) / 1000],
  ])('holds on %s', (_, end) => {
    const spent = monthToDate(end);
    expect(spent.get(FOCUS_STORY.overBudget.service)).toEqual({
      spent: '89.6',
      percent: 112,
    });
    expect(spent.get(FOCUS_STORY.warning.service)).toEqual({
      spent: '17',
      percent: 85,
    });
    for (const { name } of DEMO_SERVICES) {
      if (
        name === FOCUS_STORY.overBudget.service ||
        name === FOCUS_STORY.warning.service
      ) {
        continue;
      }
      // below the 80 % warning, even after a whole month
      expect([name, (spent.get(name)?.percent ?? 0) < 80]).toEqual([
        name,
        true,
      ]);
    }
  });
});
