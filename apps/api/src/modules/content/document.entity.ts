import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DocumentContent } from '@careleaf/schema';
import type { QualityMetadata } from './quality';

export const DOCUMENT_KINDS = ['article', 'faq', 'landing', 'glossary'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const WORKFLOW_STATUSES = ['draft', 'in_review', 'approved', 'published', 'unpublished', 'archived'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

@Entity('documents')
export class DocumentRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') kind: DocumentKind;
  @Column('text', { name: 'source_locale' }) sourceLocale: string;
  @Column('text', { array: true, default: '{}' }) topics: string[];
  @Column('jsonb', { default: {} }) quality: QualityMetadata;
  @Column('timestamptz', { name: 'first_published_at', nullable: true }) firstPublishedAt: Date | null;
  @Column('date', { name: 'last_reviewed_on', nullable: true }) lastReviewedOn: string | null;
  @Column('date', { name: 'next_review_due', nullable: true }) nextReviewDue: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('document_locales')
export class DocumentLocaleRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid', { name: 'document_id' }) documentId: string;
  @PrimaryColumn('text') locale: string;
  @Column('text') slug: string;
  @Column('text') title: string;
  @Column('text') status: WorkflowStatus;
  /** Number of the newest revision; a save must name it (optimistic concurrency). */
  @Column('integer') version: number;
  @Column('uuid', { name: 'head_revision_id', nullable: true }) headRevisionId: string | null;
  @Column('uuid', { name: 'published_revision_id', nullable: true }) publishedRevisionId: string | null;
  @Column('uuid', { name: 'approved_revision_id', nullable: true }) approvedRevisionId: string | null;
  @Column('timestamptz', { name: 'publish_at', nullable: true }) publishAt: Date | null;
  @Column('timestamptz', { name: 'unpublish_at', nullable: true }) unpublishAt: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('revisions')
export class RevisionRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'document_id' }) documentId: string;
  @Column('text') locale: string;
  @Column('integer') number: number;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('text', { name: 'author_label' }) authorLabel: string;
  @Column('text') message: string;
  @Column('jsonb') content: DocumentContent;
  @Column('uuid', { name: 'restored_from', nullable: true }) restoredFrom: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('workflow_events')
export class WorkflowEventRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column('uuid', { name: 'document_id' }) documentId: string;
  @Column('text') locale: string;
  @Column('text') action: string;
  @Column('text', { name: 'from_status' }) fromStatus: WorkflowStatus;
  @Column('text', { name: 'to_status' }) toStatus: WorkflowStatus;
  @Column('uuid', { name: 'revision_id', nullable: true }) revisionId: string | null;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { name: 'actor_label' }) actorLabel: string;
  @Column('text') comment: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('published_documents')
export class PublishedDocumentRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid', { name: 'document_id' }) documentId: string;
  @PrimaryColumn('text') locale: string;
  @Column('text') slug: string;
  @Column('text') kind: DocumentKind;
  @Column('text') title: string;
  @Column('text') summary: string;
  @Column('text', { array: true }) topics: string[];
  @Column('uuid', { name: 'revision_id' }) revisionId: string;
  @Column('jsonb') snapshot: unknown;
  @Column('timestamptz', { name: 'published_at' }) publishedAt: Date;
  @Column('timestamptz', { name: 'content_updated_at' }) contentUpdatedAt: Date;
}
