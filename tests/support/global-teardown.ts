import { Client } from 'pg';
import { dbPrefix } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __careleafEmbedded?: { stop(): Promise<void> } };
  if (holder.__careleafEmbedded) {
    await holder.__careleafEmbedded.stop();
    delete holder.__careleafEmbedded;
  }
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl && process.env.CARELEAF_TEST_MODE === 'server') {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${dbPrefix()}_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  }
}
