import { hasErrorsAnnotation, parseSentryProject } from './annotations';

describe('parseSentryProject', () => {
  it('reads org/project and a bare project with the default organization', () => {
    expect(parseSentryProject('valuecanvas/api-gateway', 'other')).toEqual({
      organization: 'valuecanvas',
      project: 'api-gateway',
    });
    expect(parseSentryProject('api_gateway2', 'valuecanvas')).toEqual({
      organization: 'valuecanvas',
      project: 'api_gateway2',
    });
  });

  it('needs an organization from somewhere', () => {
    expect(() => parseSentryProject('api-gateway', undefined)).toThrow(
      'names no organization and errors.sentry.organization is not set',
    );
  });

  it.each([
    ['', 'empty'],
    ['a/b/c', 'three parts'],
    ['valuecanvas/', 'no project'],
    ['valuecanvas/../admin', 'path traversal'],
    ['valuecanvas/Api', 'upper case'],
    ['valuecanvas/api?x=1', 'a query'],
    ['valuecanvas/api gateway', 'a space'],
    ['valuecanvas/12345', 'all digits (an id, not a slug)'],
    ['valuecanvas/аpi', 'a Cyrillic look-alike'],
  ])('refuses %j (%s), naming the annotation', value => {
    expect(() => parseSentryProject(value, 'valuecanvas')).toThrow(
      /^sentry\.io\/project-slug "/,
    );
  });

  it('refuses a bad organization', () => {
    expect(() => parseSentryProject('Value Canvas/api', undefined)).toThrow(
      '"Value Canvas" is not a Sentry organization slug',
    );
  });
});

describe('hasErrorsAnnotation', () => {
  it('is true only with a non-empty annotation', () => {
    const entity = (annotations?: Record<string, string>) => ({
      metadata: { annotations },
    });
    expect(
      hasErrorsAnnotation(entity({ 'sentry.io/project-slug': 'a/b' })),
    ).toBe(true);
    expect(hasErrorsAnnotation(entity({ 'sentry.io/project-slug': '' }))).toBe(
      false,
    );
    expect(hasErrorsAnnotation(entity())).toBe(false);
  });
});
