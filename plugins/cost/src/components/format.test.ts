import { novemberCost } from '../testing/fixtures';
import {
  formatBudgetPercent,
  formatChangeRatio,
  formatCompactMoney,
  formatDay,
  formatDayRange,
  formatDayTick,
  formatMoney,
  formatMoneyChange,
  formatMonth,
  formatShare,
  isEmptyAnswer,
} from './format';

describe('formatMoney', () => {
  it.each([
    ['96.4', 'USD', '$96.40'],
    ['0', 'USD', '$0.00'],
    ['1234567.891', 'USD', '$1,234,567.89'],
    ['-12.5', 'USD', '-$12.50'],
    ['96.4', 'EUR', '€96.40'],
    ['96.4', 'GBP', '£96.40'],
    // two decimals even where the currency has none
    ['1234', 'JPY', '¥1,234.00'],
    // the decimal text is rounded as written, half away from zero
    ['0.005', 'USD', '$0.01'],
    ['1.005', 'USD', '$1.01'],
    ['131.454545455', 'USD', '$131.45'],
    ['0.000000001', 'USD', '$0.00'],
    // exact beyond a double's 15–17 digits
    ['123456789012345.675', 'USD', '$123,456,789,012,345.68'],
  ])('writes %s %s as %s', (amount, currency, text) => {
    expect(formatMoney(amount, currency)).toBe(text);
  });

  it('shows what it cannot read as it came', () => {
    expect(formatMoney('12,50', 'USD')).toBe('12,50 USD');
    expect(formatMoney('12.5', 'US')).toBe('12.5 US');
  });
});

describe('formatCompactMoney', () => {
  it('abbreviates axis ticks', () => {
    expect(formatCompactMoney(1234.5, 'USD')).toBe('$1.2K');
    expect(formatCompactMoney(12, 'USD')).toBe('$12');
    expect(formatCompactMoney(0, 'EUR')).toBe('€0');
  });
});

describe('formatBudgetPercent', () => {
  it.each([
    [0.55, '55 %'],
    [96.4 / 120, '80 %'],
    [0.796, '79 %'],
    [0.8, '80 %'],
    [0.29, '29 %'],
    [0.96, '96 %'],
    [131.454545455 / 120, '109 %'],
    [0, '0 %'],
  ])('writes %f as %s, rounded down', (ratio, text) => {
    expect(formatBudgetPercent(ratio)).toBe(text);
  });
});

describe('formatShare', () => {
  it('gives whole percent of the total', () => {
    expect(formatShare('71.4', '96.4')).toBe('74 %');
    expect(formatShare('15', '96.4')).toBe('16 %');
    expect(formatShare('10', '96.4')).toBe('10 %');
    expect(formatShare('96.4', '96.4')).toBe('100 %');
  });

  it('says a small share is under 1 % rather than 0 %', () => {
    expect(formatShare('0.01', '96.4')).toBe('< 1 %');
  });

  it('has no share of a total that is not above zero', () => {
    expect(formatShare('5', '0')).toBe('—');
    expect(formatShare('5', '-3')).toBe('—');
  });
});

describe('days', () => {
  it('writes UTC days', () => {
    expect(formatDay('2026-11-22')).toBe('Nov 22, 2026');
    expect(formatDayTick('2026-11-01')).toBe('Nov 1');
    expect(formatMonth('2026-11')).toBe('November 2026');
  });

  it('writes a range as briefly as it reads', () => {
    expect(formatDayRange({ from: '2026-11-01', to: '2026-11-22' })).toBe(
      'Nov 1 – 22, 2026',
    );
    expect(formatDayRange({ from: '2026-08-25', to: '2026-11-22' })).toBe(
      'Aug 25 – Nov 22, 2026',
    );
    expect(formatDayRange({ from: '2026-11-03', to: '2027-01-31' })).toBe(
      'Nov 3, 2026 – Jan 31, 2027',
    );
  });
});

describe('isEmptyAnswer', () => {
  it('is true only with nothing billed at all', () => {
    const empty = {
      ...novemberCost,
      total: '0',
      byProvider: [],
      byResource: [],
    };
    expect(isEmptyAnswer(empty)).toBe(true);
    expect(isEmptyAnswer(novemberCost)).toBe(false);
    // a charge and its credit cancel out, but were billed
    expect(
      isEmptyAnswer({
        ...empty,
        byProvider: [{ provider: 'AWS', amount: '0' }],
      }),
    ).toBe(false);
  });
});

describe('changes', () => {
  it.each([
    ['200', '+$200.00'],
    ['-200', '-$200.00'],
    ['0', '$0.00'],
  ])('signs a change of %s as %s', (change, text) => {
    expect(formatMoneyChange(change, 'USD')).toBe(text);
  });

  it.each([
    [0.4, '+40 %'],
    [-200 / 600, '-33 %'],
    [0, '0 %'],
    [null, 'new'],
  ])('writes a change ratio of %s as %s', (ratio, text) => {
    expect(formatChangeRatio(ratio)).toBe(text);
  });
});
