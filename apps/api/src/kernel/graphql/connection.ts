import { badInput } from '../errors';

export { PageInfo } from './page-info';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`, { reason: 'PAGE_SIZE_OUT_OF_RANGE', max: MAX_PAGE_SIZE });
  }
  return first;
}

/** Cursors are opaque to clients: base64url of a JSON array of the sort key. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number, field = 'after'): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string')) return key as string[];
  } catch {
    // reported below
  }
  throw badInput(field, 'This cursor is not one this list gave out; start again without `after`.', 'CURSOR_INVALID');
}
