import { moduleSource } from './moduleSources';

describe('a module source', () => {
  it.each([
    [undefined, './modules/edge-cloudflare'],
    [
      'git::https://github.com/acme/modules.git?ref=v1.4.0',
      'git::https://github.com/acme/modules.git//edge-cloudflare?ref=v1.4.0',
    ],
    [
      'git::https://github.com/acme/platform.git//terraform-modules?ref=v1.4.0',
      'git::https://github.com/acme/platform.git//terraform-modules/edge-cloudflare?ref=v1.4.0',
    ],
    [
      'git::ssh://git@github.com/acme/modules.git',
      'git::ssh://git@github.com/acme/modules.git//edge-cloudflare',
    ],
    [
      'https://example.com/modules.zip?archive=zip&ref=x',
      'https://example.com/modules.zip//edge-cloudflare?archive=zip&ref=x',
    ],
  ])('from %s is %s', (library, source) => {
    expect(moduleSource('edge-cloudflare', library)).toBe(source);
  });
});
