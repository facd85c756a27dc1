import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { databaseUnavailable } from './pg-errors';

describe('databaseUnavailable', () => {
  test('a transaction whose connection broke under it (TypeORM released it) counts as an outage', () => {
    expect(databaseUnavailable(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
    // At COMMIT: never sent, so the server rolled the transaction back.
    expect(databaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
  });

  test('the server shutting down, a refused connection and a cut connection count as an outage', () => {
    expect(databaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(
      true,
    );
    expect(databaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(databaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  test('a wrong query is not an outage', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(databaseUnavailable(new QueryFailedError('INSERT …', [], driverError))).toBe(false);
    expect(databaseUnavailable(new Error('something else'))).toBe(false);
  });
});
