import { historyRange } from './historyRange';

const AT = Date.parse('2026-11-20T12:00:00Z'); // a multiple of 15 min

describe('historyRange', () => {
  it('takes one-minute steps up to 12 hours', () => {
    // 12 h = 43 200 s = 720 one-minute points
    expect(historyRange(AT - 12 * 3600_000, AT)).toEqual({
      start: (AT - 12 * 3600_000) / 1000,
      end: AT / 1000,
      stepSeconds: 60,
    });
  });

  it('takes whole-minute steps of about 720 points over longer spans', () => {
    // 24 h / 720 = 120 s; 7 d / 720 = 840 s = 14 min
    expect(historyRange(AT - 24 * 3600_000, AT).stepSeconds).toBe(120);
    expect(historyRange(AT - 7 * 24 * 3600_000, AT).stepSeconds).toBe(840);
  });

  it('puts start and end on the step grid inside the range', () => {
    const range = historyRange(AT - 3600_000 + 30_000, AT + 59_000);
    expect(range).toEqual({
      start: (AT - 3600_000 + 60_000) / 1000,
      end: AT / 1000,
      stepSeconds: 60,
    });
  });

  it('asks for one sample when the range lies within one step', () => {
    const range = historyRange(AT + 10_000, AT + 20_000);
    expect(range).toEqual({
      start: (AT + 60_000) / 1000,
      end: (AT + 60_000) / 1000,
      stepSeconds: 60,
    });
  });
});
