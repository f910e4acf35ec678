import { errorBudgetMinutes, errorBudgetRemaining } from './errorBudget';

describe('errorBudgetRemaining', () => {
  it('is the share of the budget not yet spent', () => {
    // 99.95 % good against 99.9 %: 0.05 % of 0.1 % allowed errors used → half left
    expect(errorBudgetRemaining(0.9995, 0.999)).toBeCloseTo(0.5, 10);
    expect(errorBudgetRemaining(1, 0.999)).toBeCloseTo(1, 10);
    expect(errorBudgetRemaining(0.999, 0.999)).toBeCloseTo(0, 10);
  });

  it('goes below zero once the budget is overspent', () => {
    // 99.8 % good against 99.9 %: twice the allowed errors → −100 %
    expect(errorBudgetRemaining(0.998, 0.999)).toBeCloseTo(-1, 10);
  });

  it('has no value without traffic', () => {
    expect(errorBudgetRemaining(null, 0.999)).toBeNull();
  });
});

describe('errorBudgetMinutes', () => {
  it('sizes the budget as time over the window', () => {
    // 0.1 % of 30 days = 0.001 × 43 200 min
    expect(errorBudgetMinutes(0.999, 30 * 24 * 60)).toBeCloseTo(43.2, 10);
    // 0.5 % of 28 days = 0.005 × 40 320 min
    expect(errorBudgetMinutes(0.995, 28 * 24 * 60)).toBeCloseTo(201.6, 10);
  });
});
