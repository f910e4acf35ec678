import { nextCursor } from './sentryLink';

const ISSUES = 'https://sentry.io/api/0/organizations/valuecanvas/issues/';

describe('nextCursor', () => {
  it('takes the cursor of a next link that has results', () => {
    expect(
      nextCursor(
        `<${ISSUES}?project=42&cursor=1735689600000:0:1>; rel="previous"; results="false"; cursor="1735689600000:0:1", ` +
          `<${ISSUES}?project=42&cursor=1735689600000:25:0>; rel="next"; results="true"; cursor="1735689600000:25:0"`,
      ),
    ).toBe('1735689600000:25:0');
  });

  it('reads the next link first and takes its cursor attribute, not the URL', () => {
    expect(
      nextCursor(
        `<https://elsewhere.test/?cursor=evil>; rel="next"; results="true"; cursor="0:50:0", <${ISSUES}>; rel="previous"; results="true"; cursor="0:0:1"`,
      ),
    ).toBe('0:50:0');
  });

  it.each([
    [
      'results="false"',
      `<${ISSUES}?cursor=0:25:0>; rel="next"; results="false"; cursor="0:25:0"`,
    ],
    [
      'no next link',
      `<${ISSUES}?cursor=0:0:1>; rel="previous"; results="true"; cursor="0:0:1"`,
    ],
    ['a next link without a cursor', `<${ISSUES}>; rel="next"; results="true"`],
    ['no header', null],
    ['an empty header', ''],
  ])('gives nothing for %s', (_, link) => {
    expect(nextCursor(link)).toBeUndefined();
  });
});
