import { DataSource } from 'typeorm';
import { migrations } from '@careleaf/migrations';
import { entities } from '../../modules/entities';

export interface DataSourceOptions {
  url: string;
  /** The embedded database is one session: more than one connection would interleave transactions. */
  poolMax: number;
  applicationName?: string;
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
    logging: false,
    extra: { max: opts.poolMax, application_name: opts.applicationName ?? 'careleaf-api' },
  });
}
