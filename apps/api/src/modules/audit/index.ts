/**
 * The audit module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
// Its GraphQL types carry decorators that need the metadata API loaded first.
import 'reflect-metadata';
export { AuditEntry } from './audit-entry.entity';
export { audit, systemActor, type Actor } from './audit.service';
export { AuditLogService, EXPORT_BATCH, type AuditLogFilter, type AuditRecord } from './audit-log.service';
export { AuditResolver } from './audit.resolver';
