import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../logger';

export const PUBLICATION_CHANNEL = 'careleaf_publication';

export interface PublicationNotice {
  tenantId: string;
  documentId: string;
  locale: string;
  action: 'publish' | 'unpublish';
}

/** Queued in the caller's transaction: PostgreSQL delivers it only if the transaction commits. */
export async function notifyPublication(em: EntityManager, notice: PublicationNotice): Promise<void> {
  await em.query(`SELECT pg_notify($1, $2)`, [PUBLICATION_CHANNEL, JSON.stringify(notice)]);
}

/**
 * Every API process listens, so a publish in one process (or in the job
 * worker) invalidates the caches of all of them. One dedicated connection,
 * reconnected when it drops. Not used on the embedded database, which serves
 * one process: there the in-process event is enough.
 */
export async function listenForPublications(
  url: string,
  onNotice: (n: PublicationNotice) => void,
  logger: Logger,
): Promise<() => Promise<void>> {
  let client: Client | null = null;
  let stopped = false;
  const connect = async (): Promise<void> => {
    const c = new Client({ connectionString: url, application_name: 'careleaf-listener' });
    c.on('notification', (msg) => {
      if (msg.channel !== PUBLICATION_CHANNEL || !msg.payload) return;
      try {
        onNotice(JSON.parse(msg.payload) as PublicationNotice);
      } catch (err) {
        logger.warn({ err }, 'ignored a malformed publication notice');
      }
    });
    c.on('error', (err) => {
      logger.warn({ err }, 'publication listener lost its connection; reconnecting');
      if (!stopped) setTimeout(() => void connect().catch((e: unknown) => logger.error({ err: e }, 'reconnect failed')), 1000);
    });
    await c.connect();
    await c.query(`LISTEN ${PUBLICATION_CHANNEL}`);
    client = c;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end();
  };
}
