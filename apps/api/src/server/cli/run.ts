import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { openDatabase } from '../db/connect';
import { createServices, type Services } from '../services';

/** Opens the database for one command and always closes it. */
export async function withServices<T>(config: Config, fn: (services: Services) => Promise<T>): Promise<T> {
  const database = await openDatabase(config, 'tool');
  try {
    return await fn(createServices(database.db));
  } finally {
    await database.close();
  }
}

export function print(cmd: Command, value: unknown, text: () => string): void {
  const json = cmd.optsWithGlobals<{ json?: boolean }>().json;
  console.log(json ? JSON.stringify(value, null, 2) : text());
}
