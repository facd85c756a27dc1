import { Foundation1764201600000 } from './1764201600000-foundation';

export { APP_ROLE, CURRENT_TENANT } from './roles';

/** Every migration, oldest first. */
export const migrations = [Foundation1764201600000];
