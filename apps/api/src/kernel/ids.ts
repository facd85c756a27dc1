import { badInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid from a client, checked before it reaches SQL (where a malformed one would be a server error). */
export function validUuid(value: string, field: string, what: string): string {
  if (!UUID.test(value)) throw badInput(field, `"${value}" is not the id of ${what}.`, 'ID_INVALID');
  return value.toLowerCase();
}
