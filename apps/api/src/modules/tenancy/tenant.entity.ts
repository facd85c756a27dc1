import type { ReadabilityTargets } from '@careleaf/content-checks';
import type { ThemeColors } from '@careleaf/schema';
import type { PublishRequirements } from '../../kernel/publish-requirements';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface TenantSettings {
  /** Months between medical reviews of a document (content issue). */
  reviewCycleMonths?: number;
  /** Months a registry entry may go unchecked before editors are told (registries; default 12). */
  registryVerificationMonths?: number;
  /** The site's colours (checked for WCAG AA contrast when saved); unset: the site's default theme. */
  theme?: ThemeColors;
  /** Readability targets that differ from the defaults of the content checks (null: no target for that formula). */
  readabilityTargets?: ReadabilityTargets;
  /** Origins allowed to read the public API from a browser (CORS). */
  corsOrigins?: string[];
  /** Which medical-quality requirements block publishing (content/publish-gate.ts); unset rules are on. */
  publishRequirements?: PublishRequirements;
}

@Entity('tenants')
export class Tenant {
  @PrimaryColumn('uuid') id: string;
  @Column('text') slug: string;
  @Column('text') name: string;
  @Column('text', { name: 'default_locale' }) defaultLocale: string;
  @Column('text', { name: 'default_region', nullable: true }) defaultRegion: string | null;
  @Column('jsonb', { default: {} }) settings: TenantSettings;
  /** Admins and reviewers must sign in with a second factor (a column, not a setting: the request path reads it). */
  @Column('boolean', { name: 'require_two_factor', default: false }) requireTwoFactor: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('tenant_domains')
export class TenantDomain {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('text') host: string;
  @Column('boolean', { name: 'is_primary', default: false }) isPrimary: boolean;
}

@Entity('tenant_locales')
export class TenantLocale {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('text') tag: string;
  @Column('text') direction: 'ltr' | 'rtl';
  @Column('text', { array: true, default: '{}' }) fallbacks: string[];
  @Column('integer', { default: 0 }) position: number;
}

@Entity('regions')
export class Region {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('text') code: string;
  @Column('text') name: string;
  @Column('text', { name: 'default_locale', nullable: true }) defaultLocale: string | null;
  @Column('text', { array: true, default: '{}' }) locales: string[];
  /** Hosts whose readers get this region until they choose one. */
  @Column('text', { array: true, default: '{}' }) domains: string[];
  @Column('integer', { default: 0 }) position: number;
}
