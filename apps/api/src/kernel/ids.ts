import { badInput } from './errors';
import { isUuid } from './uuids';

/** A uuid from a client, checked before it reaches SQL (where a malformed one would be a server error). */
export function validUuid(value: string, field: string, what: string): string {
  if (!isUuid(value)) throw badInput(field, `"${value}" is not the id of ${what}.`, 'ID_INVALID');
  return value.toLowerCase();
}
