import { IdentityService } from '../modules/identity/identity.service';
import { TenancyService } from '../modules/tenancy/tenant.service';
import type { Database } from './db/database';

/** One instance of each service per process, shared by GraphQL, the CLI and the seed. */
export interface Services {
  db: Database;
  tenancy: TenancyService;
  identity: IdentityService;
}

export function createServices(db: Database): Services {
  const tenancy = new TenancyService(db);
  return { db, tenancy, identity: new IdentityService(db, tenancy) };
}
