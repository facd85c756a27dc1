import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

/** Documents, their locales, immutable revisions, workflow events and the published snapshot. */
export class Content1764400000000 implements MigrationInterface {
  name = 'Content1764400000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE documents (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('article', 'faq', 'landing', 'glossary')),
      source_locale text NOT NULL,
      topics text[] NOT NULL DEFAULT '{}',
      quality jsonb NOT NULL DEFAULT '{}'::jsonb,
      first_published_at timestamptz,
      last_reviewed_on date,
      next_review_due date,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, source_locale) REFERENCES tenant_locales (tenant_id, tag)
    )`);
    await qr.query(`CREATE INDEX documents_review_due_idx ON documents (tenant_id, next_review_due)`);
    await qr.query(`CREATE INDEX documents_topics_idx ON documents USING gin (topics)`);

    // status is the workflow state of the newest revision; published_revision_id is what
    // readers see, and stays while a newer draft is written and reviewed.
    await qr.query(`CREATE TABLE document_locales (
      tenant_id uuid NOT NULL,
      document_id uuid NOT NULL,
      locale text NOT NULL,
      slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
      title text NOT NULL,
      status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'unpublished', 'archived')),
      version integer NOT NULL DEFAULT 0,
      head_revision_id uuid,
      published_revision_id uuid,
      approved_revision_id uuid,
      publish_at timestamptz,
      unpublish_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, document_id, locale),
      FOREIGN KEY (tenant_id, document_id) REFERENCES documents (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, locale) REFERENCES tenant_locales (tenant_id, tag),
      CONSTRAINT document_locales_slug_key UNIQUE (tenant_id, locale, slug)
    )`);
    await qr.query(`CREATE INDEX document_locales_status_idx ON document_locales (tenant_id, locale, status, updated_at DESC)`);

    await qr.query(`CREATE TABLE revisions (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      document_id uuid NOT NULL,
      locale text NOT NULL,
      number integer NOT NULL CHECK (number > 0),
      author_id uuid REFERENCES users (id) ON DELETE SET NULL,
      author_label text NOT NULL,
      message text NOT NULL DEFAULT '',
      content jsonb NOT NULL,
      restored_from uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT revisions_number_key UNIQUE (tenant_id, document_id, locale, number),
      FOREIGN KEY (tenant_id, document_id, locale) REFERENCES document_locales (tenant_id, document_id, locale) ON DELETE CASCADE
    )`);
    for (const column of ['head_revision_id', 'published_revision_id', 'approved_revision_id']) {
      await qr.query(`ALTER TABLE document_locales ADD CONSTRAINT document_locales_${column}_fkey
        FOREIGN KEY (tenant_id, ${column}) REFERENCES revisions (tenant_id, id) DEFERRABLE INITIALLY DEFERRED`);
    }

    await qr.query(`CREATE TABLE workflow_events (
      tenant_id uuid NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      document_id uuid NOT NULL,
      locale text NOT NULL,
      action text NOT NULL,
      from_status text NOT NULL,
      to_status text NOT NULL,
      revision_id uuid,
      actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
      actor_label text NOT NULL,
      comment text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, document_id, locale) REFERENCES document_locales (tenant_id, document_id, locale) ON DELETE CASCADE
    )`);
    await qr.query(`CREATE INDEX workflow_events_document_idx ON workflow_events (tenant_id, document_id, locale, id)`);

    // One row per published translation, ready to serve: the public read path touches only this.
    await qr.query(`CREATE TABLE published_documents (
      tenant_id uuid NOT NULL,
      document_id uuid NOT NULL,
      locale text NOT NULL,
      slug text NOT NULL,
      kind text NOT NULL,
      title text NOT NULL,
      summary text NOT NULL DEFAULT '',
      topics text[] NOT NULL DEFAULT '{}',
      revision_id uuid NOT NULL,
      snapshot jsonb NOT NULL,
      published_at timestamptz NOT NULL DEFAULT now(),
      content_updated_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, document_id, locale),
      CONSTRAINT published_documents_slug_key UNIQUE (tenant_id, locale, slug),
      FOREIGN KEY (tenant_id, document_id, locale) REFERENCES document_locales (tenant_id, document_id, locale) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, revision_id) REFERENCES revisions (tenant_id, id)
    )`);
    await qr.query(`CREATE INDEX published_documents_list_idx ON published_documents (tenant_id, locale, content_updated_at DESC)`);

    await protectTenantTable(qr, 'documents');
    await protectTenantTable(qr, 'document_locales');
    // Revisions and workflow history are immutable for the API.
    await protectTenantTable(qr, 'revisions', ['SELECT', 'INSERT']);
    await protectTenantTable(qr, 'workflow_events', ['SELECT', 'INSERT']);
    await protectTenantTable(qr, 'published_documents');
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['published_documents', 'workflow_events', 'revisions', 'document_locales', 'documents']);
  }
}
