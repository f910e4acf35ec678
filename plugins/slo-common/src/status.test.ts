import { evaluateBurnRates, BURN_RATE_WINDOWS } from './burnRates';
import { sloStatus } from './status';

const THIRTY_DAYS = 30 * 24 * 60;
const quiet = Object.fromEntries(BURN_RATE_WINDOWS.map(w => [w, 0.9999]));
const calm = evaluateBurnRates(0.999, THIRTY_DAYS, quiet);

describe('sloStatus', () => {
  it('is ok with budget left and nothing firing', () => {
    expect(sloStatus(0.8, calm)).toBe('ok');
  });

  it('warns when little budget is left or a ticket alert fires', () => {
    expect(sloStatus(0.2, calm)).toBe('warning');
    // 1d at 99.6 % → burn 4 > 3, 2h at 99.5 % → burn 5 > 3
    const ticket = evaluateBurnRates(0.999, THIRTY_DAYS, {
      ...quiet,
      '1d': 0.996,
      '2h': 0.995,
    });
    expect(ticket.filter(a => a.firing).map(a => a.severity)).toEqual([
      'ticket',
    ]);
    expect(sloStatus(0.9, ticket)).toBe('warning');
  });

  it('breaches when the budget is spent or a page alert fires', () => {
    expect(sloStatus(0, calm)).toBe('breaching');
    expect(sloStatus(-0.5, calm)).toBe('breaching');
    const page = evaluateBurnRates(0.999, THIRTY_DAYS, {
      ...quiet,
      '1h': 0.98,
      '5m': 0.97,
    });
    expect(sloStatus(0.9, page)).toBe('breaching');
  });

  it('says no data when there is no SLI', () => {
    expect(sloStatus(null, calm)).toBe('no-data');
  });
});
