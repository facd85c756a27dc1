import net from 'node:net';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../../kernel/config';
import { createDataSource } from './data-source';
import { Database } from '../../kernel/db/database';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../kernel/db/embedded';

export interface OpenDatabase {
  db: Database;
  dataSource: DataSource;
  url: string;
  /**
   * Where session work goes: LISTEN, the job queue, migrations. DATABASE_DIRECT_URL
   * when DATABASE_URL is a transaction pooler (PgBouncer), else the same as `url`.
   */
  directUrl: string;
  /** `url` is a transaction pooler: no named statements, no session settings sent through it. */
  pooled: boolean;
  embedded: boolean;
  close(): Promise<void>;
}

/** Whether something (the server's embedded database) listens on this loopback port. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Where the embedded database keeps its files. */
export const embeddedDataDir = (config: Config): string => path.join(config.dataDir, 'pglite');

/**
 * The operator's PostgreSQL when DATABASE_URL is set; otherwise the embedded
 * one under `.data/`. A tool (CLI) started while the server runs joins the
 * server's embedded database over its socket instead of opening the files twice.
 */
export async function openDatabase(config: Config, role: 'server' | 'tool'): Promise<OpenDatabase> {
  // Tools (migrations, imports, restores) are few and long: they bypass the pooler.
  const pooled = role === 'server' && !!config.databaseUrl && !!config.databaseDirectUrl;
  let url = role === 'tool' ? (config.databaseDirectUrl ?? config.databaseUrl) : config.databaseUrl;
  let embedded: EmbeddedPostgres | null = null;
  if (!url) {
    if (role === 'tool' && (await portOpen(config.embeddedDbPort))) {
      url = `postgres://postgres@127.0.0.1:${config.embeddedDbPort}/postgres`;
    } else {
      embedded = await startEmbeddedPostgres({
        dataDir: embeddedDataDir(config),
        port: role === 'server' ? config.embeddedDbPort : 0,
      });
      url = embedded.url;
    }
  }
  const isEmbedded = !config.databaseUrl;
  const dataSource = createDataSource({
    url,
    poolMax: isEmbedded ? 1 : config.database.poolMax,
    applicationName: `careleaf-${role}`,
    // Tools (migrations, imports) may rightly run long; the server's requests may not. A transaction
    // pooler refuses session settings at connect (PgBouncer: "unsupported startup parameter"):
    // there they belong to the database role (docs/scaling.md).
    ...(isEmbedded || role === 'tool' || pooled
      ? {}
      : { statementTimeoutMs: config.database.statementTimeoutMs, idleInTransactionTimeoutMs: config.database.idleInTransactionTimeoutMs }),
  });
  await dataSource.initialize();
  return {
    // A statement prepared on one server connection is unknown on the next one the pooler hands out.
    db: new Database(dataSource, !isEmbedded && !pooled),
    dataSource,
    url,
    directUrl: pooled ? config.databaseDirectUrl! : url,
    pooled,
    embedded: isEmbedded,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
