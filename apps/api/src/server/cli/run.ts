import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { openRedisRates } from '../../kernel/rate-store';
import { openDatabase } from '../db/connect';
import { createServices, type Services } from '../services';

/**
 * Opens the database for one command and always closes it; with REDIS_URL
 * also Redis, where the API counts sign-in limits (so `user unlock` clears them).
 */
export async function withServices<T>(config: Config, fn: (services: Services) => Promise<T>): Promise<T> {
  const database = await openDatabase(config, 'tool');
  const redis = config.redis ? openRedisRates(config.redis.url, config.redis.prefix, null) : null;
  try {
    if (redis) await redisReady(redis.client);
    return await fn(createServices(database.db, { redis }));
  } finally {
    redis?.client.disconnect();
    await database.close();
  }
}

/** Waits up to 3 s for the connection (commands fail at once before it: no offline queue). */
async function redisReady(client: { status: string }): Promise<void> {
  const until = Date.now() + 3000;
  while (client.status !== 'ready' && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}

export function print(cmd: Command, value: unknown, text: () => string): void {
  const json = cmd.optsWithGlobals<{ json?: boolean }>().json;
  console.log(json ? JSON.stringify(value, null, 2) : text());
}
