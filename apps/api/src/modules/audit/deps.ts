import type { AuditLogService } from './audit-log.service';

/** What the audit module's resolver needs; the composition root (server/services.ts) provides it. */
export interface AuditDeps {
  auditLog: AuditLogService;
}
