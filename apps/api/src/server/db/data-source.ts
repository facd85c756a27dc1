import { DataSource, type Logger } from 'typeorm';
import { migrations } from '@careleaf/migrations';
import { entities } from './entities';

export interface DataSourceOptions {
  url: string;
  /** The embedded database is one session: more than one connection would interleave transactions. */
  poolMax: number;
  applicationName?: string;
  /** Sees every SQL statement (tests count them to catch N+1 queries). */
  onQuery?: (sql: string) => void;
}

export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging: opts.onQuery ? ['query'] : false,
    ...(opts.onQuery ? { logger: queryHook(opts.onQuery) } : {}),
    extra: { max: opts.poolMax, application_name: opts.applicationName ?? 'careleaf-api' },
  });
}

function queryHook(onQuery: (sql: string) => void): Logger {
  const ignore = () => undefined;
  return {
    logQuery: (sql) => onQuery(sql),
    logQueryError: ignore,
    logQuerySlow: ignore,
    logSchemaBuild: ignore,
    logMigration: ignore,
    log: ignore,
  };
}
