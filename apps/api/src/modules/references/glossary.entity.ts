import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A glossary concept of a tenant: a stable id and key, with an entry per locale. */
@Entity('glossary_terms')
export class GlossaryTermRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') key: string;
  @Column('integer', { default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('glossary_entries')
export class GlossaryEntryRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid', { name: 'term_id' }) termId: string;
  @PrimaryColumn('text') locale: string;
  @Column('text') term: string;
  @Column('text') definition: string;
  /** Plural and inflected forms, so "Zytostatika" in a text finds "Zytostatikum". */
  @Column('text', { array: true, default: '{}' }) forms: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
