import { DataSource, type Logger } from 'typeorm';
import { migrations } from '@careleaf/migrations';
import { entities } from './entities';

export interface DataSourceOptions {
  url: string;
  /** The embedded database is one session: more than one connection would interleave transactions. */
  poolMax: number;
  applicationName?: string;
  /** Session settings of every pooled connection, ms (0: none); not for the embedded database. */
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
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
    extra: {
      max: opts.poolMax,
      application_name: opts.applicationName ?? 'careleaf-api',
      // Sent when each connection starts: a runaway query or a forgotten transaction cannot hold a connection for ever.
      ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
      ...(opts.idleInTransactionTimeoutMs ? { idle_in_transaction_session_timeout: opts.idleInTransactionTimeoutMs } : {}),
    },
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
