import { novemberCost } from '../testing/fixtures';
import {
  formatChangeRatio,
  formatCompactMoney,
  formatDay,
  formatDayRange,
  formatDayTick,
  formatMoneyChange,
  formatMonth,
  formatShare,
  isEmptyAnswer,
} from './format';

describe('formatCompactMoney', () => {
  it('abbreviates axis ticks', () => {
    expect(formatCompactMoney(1234.5, 'USD')).toBe('$1.2K');
    expect(formatCompactMoney(12, 'USD')).toBe('$12');
    expect(formatCompactMoney(0, 'EUR')).toBe('€0');
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
