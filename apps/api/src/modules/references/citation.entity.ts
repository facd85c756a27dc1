import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CitationFields, CitationKind } from './citation.model';

/**
 * A source a tenant cites. `details` holds every field of the citation;
 * title, year, DOI and PubMed id are copied into columns for search,
 * ordering and uniqueness.
 */
@Entity('citations')
export class CitationRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') kind: CitationKind;
  @Column('text') title: string;
  @Column('integer', { nullable: true }) year: number | null;
  @Column('text', { nullable: true }) doi: string | null;
  @Column('text', { name: 'pubmed_id', nullable: true }) pubmedId: string | null;
  @Column('jsonb', { default: {} }) details: CitationFields;
  @Column('integer', { default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
