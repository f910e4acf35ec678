import { readCsv } from '../testUtils/csv';
import { stagingAllocations } from '../opencost/allocations';
import { DEMO_SERVICES } from '../services';
import { divideHalfToEven, dollars, formatNanos } from './amounts';
import {
  SANDBOX_MONTHLY_BUDGETS,
  SANDBOX_RESOURCE_DEPENDENTS,
  SANDBOX_SERVICE_DEPENDENCIES,
} from './budgets';
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
        monthlyBudget: '170',
        // 1.12 × 170
        monthToDate: '190.4',
        percentOfBudget: 112,
      },
      warning: {
        service: 'inventory-frontend',
        monthlyBudget: '20',
        // 0.85 × 20
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

/**
 * Month-to-date spend per service in the generated files as the portal
 * rolls it up against the budget: the rows tagged with the service, each
 * Resource it depends on ÷ that Resource's dependents, and its staging
 * copy's OpenCost cost over the month's days so far. The portal rounds the
 * shares half to even to the nano on the month's sum (overview, alerts,
 * metrics) or day by day (Costs tab): `spent` is the lower of the two,
 * `percent` (floor, two decimals) the lower and the higher one's.
 */
function monthToDate(
  end: number,
): Map<string, { spent: string; percent: number[] }> {
  // nanos by owner (service, or `resource:<name>`) and day
  const rows = new Map<string, Map<string, bigint>>();
  for (const file of generateFocusFiles({ end, months: 1 })) {
    const [header, ...records] = readCsv(file.csv);
    const cost = header.indexOf('EffectiveCost');
    const tags = header.indexOf('Tags');
    const start = header.indexOf('ChargePeriodStart');
    for (const cells of records) {
      const tag = cells[tags] ? JSON.parse(cells[tags]) : {};
      const who = tag.service ?? (tag.resource && `resource:${tag.resource}`);
      if (!who) continue;
      const day = cells[start].slice(0, 10);
      const byDay = rows.get(who) ?? new Map<string, bigint>();
      byDay.set(day, (byDay.get(day) ?? 0n) + dollars(cells[cost]));
      rows.set(who, byDay);
    }
  }
  const sum = (amounts: Iterable<bigint>) =>
    [...amounts].reduce((a, b) => a + b, 0n);
  // the month so far, whole days: from the 1st (the day of the first row) to the end
  const first = Math.min(
    ...[...rows.values()].flatMap(byDay =>
      [...byDay.keys()].map(day => Date.parse(`${day}T00:00:00Z`) / 1000),
    ),
  );
  const staging = stagingAllocations(first, end);
  return new Map(
    DEMO_SERVICES.map(({ name }) => {
      const copy = staging.find(a => a.properties.labels?.app === name);
      const own =
        sum(rows.get(name)?.values() ?? []) +
        (copy ? dollars(String(copy.totalCost)) : 0n);
      let overview = own;
      let costsTab = own;
      for (const resource of SANDBOX_SERVICE_DEPENDENCIES[name]) {
        const parts = BigInt(SANDBOX_RESOURCE_DEPENDENTS[resource]);
        const byDay = rows.get(`resource:${resource}`)?.values() ?? [];
        const days = [...byDay];
        overview += divideHalfToEven(sum(days), parts);
        costsTab += sum(days.map(amount => divideHalfToEven(amount, parts)));
      }
      const budget = dollars(SANDBOX_MONTHLY_BUDGETS[name]);
      const [low, high] =
        overview < costsTab ? [overview, costsTab] : [costsTab, overview];
      return [
        name,
        {
          spent: formatNanos(low),
          percent: [low, high].map(
            nanos => Number((nanos * 10_000n) / budget) / 100,
          ),
        },
      ];
    }),
  );
}

describe('the budget story on any day of the month', () => {
  it.each([
    ['the 1st of a month', Date.UTC(2026, 11, 2) / 1000],
    ['the 31st of a month', Date.UTC(2027, 0, 1) / 1000],
    ['the 28th of February', Date.UTC(2027, 2, 1) / 1000],
  ])('holds on %s, rolled up', (_, end) => {
    const spent = monthToDate(end);
    expect(spent.get(FOCUS_STORY.overBudget.service)).toEqual({
      // 1.12 × 170
      spent: '190.4',
      percent: [112, 112],
    });
    expect(spent.get(FOCUS_STORY.warning.service)).toEqual({
      // 0.85 × 20
      spent: '17',
      percent: [85, 85],
    });
    for (const { name } of DEMO_SERVICES) {
      if (
        name === FOCUS_STORY.overBudget.service ||
        name === FOCUS_STORY.warning.service
      ) {
        continue;
      }
      // below the 80 % warning, even after a whole month
      expect([name, spent.get(name)!.percent[1] < 80]).toEqual([name, true]);
    }
  });
});
