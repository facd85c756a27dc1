import 'reflect-metadata';
import { Client } from 'pg';
import { createDataSource } from '../../apps/api/src/server/db/data-source';
import { startEmbeddedPostgres } from '../../apps/api/src/kernel/db/embedded';
import { templateName, withDatabase } from './test-env';

/**
 * With DATABASE_URL: a template database with every migration applied, which
 * each test file copies (fast and fully isolated). Without it: one embedded
 * database in this process, shared by the test files one at a time.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.CARELEAF_TEST_MODE) return; // another project's setup already ran
  process.env.NODE_ENV = 'test';
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = templateName();
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    await migrate(withDatabase(serverUrl, template), 2);
    process.env.CARELEAF_TEST_MODE = 'server';
  } else {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    (globalThis as { __careleafEmbedded?: unknown }).__careleafEmbedded = embedded;
    await migrate(embedded.url, 1);
    process.env.CARELEAF_TEST_MODE = 'embedded';
    process.env.CARELEAF_TEST_EMBEDDED_URL = embedded.url;
  }
}

async function migrate(url: string, poolMax: number): Promise<void> {
  const ds = createDataSource({ url, poolMax, applicationName: 'careleaf-test-setup' });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
