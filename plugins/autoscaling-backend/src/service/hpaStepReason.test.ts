import { hpaStepReason } from './hpaStepReason';

const cpu = (value?: number) => ({ name: 'cpu', value, target: 70, unit: '%' });
const memory = (value?: number) => ({
  name: 'memory',
  value,
  target: 80,
  unit: '%',
});

describe('hpaStepReason', () => {
  it('names the metrics over target for a scale-up', () => {
    expect(
      hpaStepReason({ time: 0, from: 6, to: 10 }, [cpu(96.04), memory(62)]),
    ).toBe('cpu 96 % above its target 70 %');
    expect(
      hpaStepReason({ time: 0, from: 2, to: 3 }, [cpu(71.25), memory(85)]),
    ).toBe(
      'cpu 71.3 % above its target 70 %, memory 85 % above its target 80 %',
    );
  });

  it('says every metric was under target for a scale-down', () => {
    expect(
      hpaStepReason({ time: 0, from: 4, to: 3 }, [cpu(35), memory(40.5)]),
    ).toBe(
      'every metric below its target: cpu 35 % (target 70 %), memory 40.5 % (target 80 %)',
    );
  });

  it('lists the readings when they do not explain the step', () => {
    // up with nothing over target (a stabilization window releasing late)
    expect(hpaStepReason({ time: 0, from: 2, to: 3 }, [cpu(65)])).toBe(
      'cpu 65 % (target 70 %)',
    );
    // down with a reading missing: not every metric is known to be under
    expect(
      hpaStepReason({ time: 0, from: 3, to: 2 }, [cpu(30), memory(undefined)]),
    ).toBe('cpu 30 % (target 70 %)');
    expect(hpaStepReason({ time: 0, from: 3, to: 2 }, [])).toBe(
      'no metric readings before the step',
    );
  });
});
