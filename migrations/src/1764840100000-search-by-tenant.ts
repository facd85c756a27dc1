import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full-text index leads with the tenant (btree_gin), so a search looks only
 * at its own tenant's entries: with a plain GIN index on the vector, a common
 * word matched every tenant's documents and the tenant filter came after, so a
 * search got slower with every tenant added.
 */
export class SearchByTenant1764840100000 implements MigrationInterface {
  name = 'SearchByTenant1764840100000';

  async up(qr: QueryRunner): Promise<void> {
    // A trusted extension (PostgreSQL 13+); the embedded database loads it too.
    await qr.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await qr.query(`CREATE INDEX search_documents_tenant_vector_idx ON search_documents USING gin (tenant_id, vector)`);
    await qr.query(`DROP INDEX search_documents_vector_idx`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE INDEX search_documents_vector_idx ON search_documents USING gin (vector)`);
    await qr.query(`DROP INDEX search_documents_tenant_vector_idx`);
    // btree_gin stays: other objects may have come to use it.
  }
}
