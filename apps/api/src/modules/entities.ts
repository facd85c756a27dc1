import { AuditEntry } from './audit/audit-entry.entity';
import { DocumentLocaleRow, DocumentRow, PublishedDocumentRow, RevisionRow, WorkflowEventRow } from './content/document.entity';
import { MembershipRow, User } from './identity/user.entity';
import { MediaRow, MediaTextRow } from './media/media.entity';
import { CitationRow } from './references/citation.entity';
import { GlossaryEntryRow, GlossaryTermRow } from './references/glossary.entity';
import { Region, Tenant, TenantDomain, TenantLocale } from './tenancy/tenant.entity';

export const entities = [
  Tenant,
  TenantDomain,
  TenantLocale,
  Region,
  User,
  MembershipRow,
  AuditEntry,
  DocumentRow,
  DocumentLocaleRow,
  RevisionRow,
  WorkflowEventRow,
  PublishedDocumentRow,
  CitationRow,
  GlossaryTermRow,
  GlossaryEntryRow,
  MediaRow,
  MediaTextRow,
];
