import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Identifier, RegistryKind } from './registry.model';

@Entity('registry_entries')
export class RegistryEntryRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text', { nullable: true }) key: string | null;
  @Column('text') kind: RegistryKind;
  @Column('text', { array: true, default: '{}' }) regions: string[];
  @Column('text', { nullable: true }) website: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) address: string | null;
  @Column('jsonb', { default: [] }) identifiers: Identifier[];
  @Column('date', { name: 'valid_from', nullable: true }) validFrom: string | null;
  @Column('date', { name: 'valid_until', nullable: true }) validUntil: string | null;
  @Column('text', { default: '' }) source: string;
  @Column('date', { name: 'last_verified_on', nullable: true }) lastVerifiedOn: string | null;
  @Column('text', { array: true, default: '{}' }) tags: string[];
  @Column('text', { nullable: true }) condition: string | null;
  @Column('text', { name: 'legal_basis', nullable: true }) legalBasis: string | null;
  @Column('text', { name: 'id_format', nullable: true }) idFormat: string | null;
  @Column('text', { name: 'id_example', nullable: true }) idExample: string | null;
  @Column('boolean', { name: 'id_format_verified', default: false }) idFormatVerified: boolean;
  @Column('text', { name: 'id_format_source', nullable: true }) idFormatSource: string | null;
  @Column('boolean', { name: 'who_primary', nullable: true }) whoPrimary: boolean | null;
  @Column('text', { nullable: true }) certification: string | null;
  @Column('text', { nullable: true }) certifier: string | null;
  @Column('boolean', { default: false }) sample: boolean;
  @Column('integer', { default: 1 }) version: number;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}

@Entity('registry_entry_texts')
export class RegistryEntryTextRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid', { name: 'entry_id' }) entryId: string;
  @PrimaryColumn('text') locale: string;
  @Column('text') name: string;
  @Column('text', { default: '' }) description: string;
}
