import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CitationFields, CitationKind } from './citation.model';

/**
 * A source a tenant cites. `details` holds every field of the citation;
 * title, year, DOI, PubMed and PMC id are copied into columns for search,
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
  @Column('text', { name: 'pmc_id', nullable: true }) pmcId: string | null;
  @Column('jsonb', { default: {} }) details: CitationFields;
  /** Came from an import and may lack fields its kind needs; a full save in the library clears it. */
  @Column('boolean', { default: false }) draft: boolean;
  /** The reference as the imported article wrote it; kept across edits. */
  @Column('text', { name: 'original_text', nullable: true }) originalText: string | null;
  @Column('integer', { default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
