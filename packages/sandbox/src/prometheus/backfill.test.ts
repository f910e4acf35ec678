import { blockWindows } from './backfill';

describe('blockWindows', () => {
  it('covers every timestamp with windows aligned to the block length', () => {
    const block = 6 * 3600;
    const timestamps = [4 * 3600, 10 * 3600, 12 * 3600, 13 * 3600];
    expect(blockWindows(timestamps, block)).toEqual([
      { from: 0, to: 6 * 3600 },
      { from: 6 * 3600, to: 12 * 3600 },
      { from: 12 * 3600, to: 18 * 3600 },
    ]);
    expect(blockWindows([], block)).toEqual([]);
  });
});
