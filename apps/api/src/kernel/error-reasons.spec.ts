import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_ERROR_REASONS, urlReason } from './error-reasons';
import { AppError, conflict } from './errors';

const MESSAGES = path.join(__dirname, '../../../web/messages');

function errorKeys(catalog: string): string[] {
  const messages = JSON.parse(readFileSync(path.join(MESSAGES, `${catalog}.json`), 'utf8')) as { errors?: Record<string, string> };
  return Object.keys(messages.errors ?? {}).sort();
}

describe('the catalogue of error reasons', () => {
  test.each(['en', 'de', 'ar'])('every reason has a message in the %s web catalog, and the catalog has no other', (catalog) => {
    expect(errorKeys(catalog)).toEqual([...ALL_ERROR_REASONS].sort());
  });

  test('reasons are UPPER_SNAKE names', () => {
    expect(ALL_ERROR_REASONS.filter((r) => !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(r))).toEqual([]);
  });

  test('an error reaches GraphQL clients with its code, field, reason and parameters', () => {
    const error = new AppError('BAD_USER_INPUT', 'The alt text is too long.', 'alt', { reason: 'TOO_LONG', limit: 250 });
    expect(error.toGraphQL().extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'alt',
      reason: 'TOO_LONG',
      limit: 250,
      http: { status: 400 },
    });
    expect(conflict('Stale.', 'baseVersion', 'REVISION_CHANGED').toGraphQL().extensions).toMatchObject({ reason: 'REVISION_CHANGED' });
  });

  test('a refused link address gets the same reason as the block schema gives it', () => {
    expect(urlReason('protocol-relative')).toBe('URL_PROTOCOL_RELATIVE');
  });
});
