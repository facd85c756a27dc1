import { createHash } from 'node:crypto';
import path from 'node:path';

/** Databases of one checkout are named apart from another's, so two clones can test on one server. */
export function dbPrefix(): string {
  const root = path.resolve(__dirname, '..', '..');
  return `careleaf_test_${createHash('sha1').update(root).digest('hex').slice(0, 6)}`;
}

export const templateName = () => `${dbPrefix()}_template`;

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export type TestMode = 'server' | 'embedded';

export function testMode(): TestMode {
  const mode = process.env.CARELEAF_TEST_MODE;
  if (mode !== 'server' && mode !== 'embedded') throw new Error('The integration tests need the global setup (run them through Jest).');
  return mode;
}
