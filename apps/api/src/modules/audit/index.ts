/**
 * The audit module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
export { AuditEntry } from './audit-entry.entity';
export { audit, systemActor, type Actor } from './audit.service';
