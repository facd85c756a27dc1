import { Foundation1764201600000 } from './1764201600000-foundation';
import { References1764500000000 } from './1764500000000-references';
import { Media1764500100000 } from './1764500100000-media';

export { APP_ROLE, CURRENT_TENANT } from './roles';

/** Every migration, oldest first. */
export const migrations = [Foundation1764201600000, References1764500000000, Media1764500100000];
