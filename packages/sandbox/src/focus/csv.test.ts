import { readCsv } from '../testUtils/csv';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
  it('quotes what needs quoting, doubling quotes', () => {
    expect(csvField('Compute')).toBe('Compute');
    expect(csvField('')).toBe('');
    expect(csvField('Amazon Web Services, Inc.')).toBe(
      '"Amazon Web Services, Inc."',
    );
    expect(csvField('{"service":"api-gateway","env":"production"}')).toBe(
      '"{""service"":""api-gateway"",""env"":""production""}"',
    );
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });
});

describe('toCsv', () => {
  it('round-trips through an independent reader', () => {
    const rows = [
      ['1.5', '{"service":"api-gateway","env":"production"}', 'a, b'],
      ['-75', '', 'say "hi"'],
      ['0', '{"note":"line\\nbreak, \\"quoted\\""}', 'x\r\ny'],
    ];
    const text = toCsv(['EffectiveCost', 'Tags', 'ChargeDescription'], rows);
    expect(text.endsWith('\n')).toBe(true);
    expect(readCsv(text)).toEqual([
      ['EffectiveCost', 'Tags', 'ChargeDescription'],
      ...rows,
    ]);
    expect(JSON.parse(readCsv(text)[1][1])).toEqual({
      service: 'api-gateway',
      env: 'production',
    });
  });

  it('refuses a row of the wrong width', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(
      'a row has 1 cells where the header has 2',
    );
  });
});
