const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else cannot name a row (and must not reach a uuid column). */
export function isUuid(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id);
}

/** `ids` without duplicates and non-uuids, first occurrence kept. */
export function distinctUuids(ids: readonly string[]): { valid: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const raw of ids) {
    const id = typeof raw === 'string' ? raw.toLowerCase() : String(raw);
    if (seen.has(id)) continue;
    seen.add(id);
    (isUuid(id) ? valid : invalid).push(id);
  }
  return { valid, invalid };
}
