import { Foundation1764201600000 } from './1764201600000-foundation';
import { Content1764400000000 } from './1764400000000-content';
import { Localization1764600000000 } from './1764600000000-localization';

export { APP_ROLE, CURRENT_TENANT } from './roles';

/** Every migration, oldest first. */
export const migrations = [Foundation1764201600000, Content1764400000000, Localization1764600000000];
