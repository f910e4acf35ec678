import { formatBudgetPercent, formatMoney } from './moneyText';

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
