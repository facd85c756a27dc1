/** A UUID anywhere in a string: ids sit in uuid columns, but also in storage keys, JSON snapshots, audit diffs and webhook bodies. */
const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export const isUuidColumn = (type: string): boolean => type === 'uuid' || type === 'uuid[]';

/** Old id → new id; ids not in the map are left as they are (a UUID an author typed that names nothing of the tenant). */
export type IdMap = ReadonlyMap<string, string>;

export function remapText(text: string, map: IdMap): string {
  return text.replace(UUID_IN_TEXT, (m) => map.get(m.toLowerCase()) ?? m);
}

/** The same value with every mapped id replaced, in strings, array items and object keys alike. */
export function remapValue(value: unknown, map: IdMap): unknown {
  if (map.size === 0) return value;
  if (typeof value === 'string') return remapText(value, map);
  if (Array.isArray(value)) return value.map((v) => remapValue(v, map));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[remapText(k, map)] = remapValue(v, map);
    return out;
  }
  return value;
}

/** Every UUID a uuid or uuid[] column holds (lower case), for collecting the tenant's ids. */
export function uuidsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value.toLowerCase()];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase());
  return [];
}
