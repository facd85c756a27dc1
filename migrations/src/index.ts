import { Foundation1764201600000 } from './1764201600000-foundation';
import { IdentitySessions1764300000000 } from './1764300000000-identity-sessions';

export { APP_ROLE, AUTH_ROLE, CURRENT_TENANT } from './roles';

/** Every migration, oldest first. */
export const migrations = [Foundation1764201600000, IdentitySessions1764300000000];
