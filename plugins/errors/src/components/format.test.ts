import { Settings } from 'luxon';
import {
  countOf,
  formatBucketTick,
  formatCompactCount,
  formatCount,
  formatScope,
  shortVersion,
} from './format';

describe('counts', () => {
  it('separates thousands and says one or many', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(countOf(1, 'event')).toBe('1 event');
    expect(countOf(0, 'user')).toBe('0 users');
    expect(countOf(1200, 'event')).toBe('1,200 events');
  });

  it('shortens axis ticks', () => {
    expect(formatCompactCount(3500)).toBe('3.5K');
    expect(formatCompactCount(14000)).toBe('14K');
    expect(formatCompactCount(120)).toBe('120');
  });
});

describe('formatScope', () => {
  it('names the period, and the environment and release when filtered', () => {
    expect(formatScope({ period: '24h' })).toBe('in the last 24 hours');
    expect(formatScope({ period: '14d', environment: 'staging' })).toBe(
      'in staging in the last 14 days',
    );
    expect(
      formatScope({
        period: '24h',
        environment: 'production',
        release: 'api-gateway@2.4.1',
      }),
    ).toBe('in production for release 2.4.1 in the last 24 hours');
  });
});

describe('shortVersion', () => {
  it('drops the package prefix as Sentry does', () => {
    expect(shortVersion('api-gateway@2.4.1')).toBe('2.4.1');
    expect(shortVersion('@acme/web@1.0.0+42')).toBe('1.0.0+42');
    expect(shortVersion('2026.11.22')).toBe('2026.11.22');
  });

  it('cuts a commit hash to 7 characters', () => {
    expect(shortVersion('3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39')).toBe(
      '3f2a9c1',
    );
    expect(shortVersion('web@3f2a9c1d8e7b')).toBe('3f2a9c1');
  });

  it('keeps a version that ends in @', () => {
    expect(shortVersion('odd@')).toBe('odd@');
  });
});

describe('times', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    Settings.defaultZone = 'system';
  });

  it('shows axis ticks in local time', () => {
    Settings.defaultZone = 'Europe/Berlin';
    const nineUtc = Date.parse('2026-11-22T09:00:00Z');
    expect(formatBucketTick(nineUtc, '24h')).toBe('10:00');
    expect(formatBucketTick(Date.parse('2026-11-21T23:30:00Z'), '14d')).toBe(
      'Nov 22',
    );
  });
});
