import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AcceptedMime } from './inspect';

/** An uploaded image: metadata here, bytes in the media storage under `storageKey`. */
@Entity('media')
export class MediaRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'file_name' }) fileName: string;
  @Column('text', { name: 'storage_key' }) storageKey: string;
  @Column('text', { name: 'mime_type' }) mimeType: AcceptedMime;
  @Column('integer', { name: 'byte_size' }) byteSize: number;
  @Column('integer') width: number;
  @Column('integer') height: number;
  @Column('text') sha256: string;
  /** Marked explicitly: a decorative image is hidden from screen readers and needs no alt text. */
  @Column('boolean', { default: false }) decorative: boolean;
  @Column('uuid', { name: 'uploaded_by', nullable: true }) uploadedBy: string | null;
  @Column('integer', { default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Alt text and caption of an image in one locale. */
@Entity('media_texts')
export class MediaTextRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid', { name: 'media_id' }) mediaId: string;
  @PrimaryColumn('text') locale: string;
  @Column('text', { default: '' }) alt: string;
  @Column('text', { default: '' }) caption: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
