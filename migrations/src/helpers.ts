import type { QueryRunner } from 'typeorm';
import { APP_ROLE, CURRENT_TENANT } from './roles';

type Privilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * Every tenant-owned table goes through here: RLS enabled and forced, one
 * policy bound to the current tenant, and only the privileges the API needs.
 * `column` is the tenant column (`id` for the tenants table itself).
 */
export async function protectTenantTable(
  qr: QueryRunner,
  table: string,
  privileges: Privilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  column = 'tenant_id',
): Promise<void> {
  await qr.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await qr.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await qr.query(
    `CREATE POLICY tenant_isolation ON ${table} TO ${APP_ROLE}
       USING (${column} = ${CURRENT_TENANT})
       WITH CHECK (${column} = ${CURRENT_TENANT})`,
  );
  await qr.query(`GRANT ${privileges.join(', ')} ON ${table} TO ${APP_ROLE}`);
}

export async function dropTables(qr: QueryRunner, tables: string[]): Promise<void> {
  for (const table of tables) await qr.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
}
