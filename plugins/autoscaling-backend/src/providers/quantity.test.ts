import { parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it('reads plain, decimal, binary and exponent suffixes', () => {
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('500m')).toBe(0.5);
    expect(parseQuantity('1.5k')).toBe(1500);
    expect(parseQuantity('128Mi')).toBe(134217728);
    expect(parseQuantity('1Gi')).toBe(1073741824);
    expect(parseQuantity('2e3')).toBe(2000);
    expect(parseQuantity(7)).toBe(7);
  });

  it('gives NaN for text that is no quantity', () => {
    expect(parseQuantity('ten')).toBeNaN();
    expect(parseQuantity('5 Mi')).toBeNaN();
    expect(parseQuantity('')).toBeNaN();
  });
});
