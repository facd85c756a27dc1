/**
 * The tenant-archive module's public face: moving a tenant between
 * installations (export, import) and deleting one, for the operator CLI.
 * Format: docs/adr/0032-tenant-archive-format.md.
 */
export { ArchiveError } from './archive-error';
export { TABLE_RULES, type TableInfo } from './catalog';
export { tenantTables } from './catalog.queries';
export { deleteTenant, type DeleteSummary } from './delete';
export { exportTenant, type ArchiveProgress, type ExportOptions, type ExportSummary } from './export';
export { FORMAT_VERSION } from './format';
export { importTenant, type ImportOptions, type ImportSummary } from './import';
export { tableDigests } from './digest';
