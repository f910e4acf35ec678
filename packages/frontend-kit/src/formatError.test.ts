import { ResponseError } from '@backstage/errors';
import { formatError } from './formatError';

describe('formatError', () => {
  it('prefers the backend’s message over the HTTP status', async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'InputError',
          message: 'period must be one of 24h, 14d',
        },
        request: { method: 'GET', url: '/api/errors/v1/issues' },
        response: { statusCode: 400 },
      }),
      { status: 400, headers: { 'Content-Type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);

    expect(error.message).toMatch(/^Request failed with 400/);
    expect(formatError(error)).toBe('period must be one of 24h, 14d');
    expect(formatError(new Error('Failed to fetch'))).toBe('Failed to fetch');
  });
});
