import { AuditEntry } from '../../modules/audit/audit-entry.entity';
import { DocumentLocaleRow, DocumentRow, PublishedDocumentRow, RevisionRow, WorkflowEventRow } from '../../modules/content/document.entity';
import { MembershipRow, User } from '../../modules/identity/user.entity';
import { MediaRow, MediaTextRow } from '../../modules/media/media.entity';
import { CitationRow } from '../../modules/references/citation.entity';
import { GlossaryEntryRow, GlossaryTermRow } from '../../modules/references/glossary.entity';
import { RegistryEntryRow, RegistryEntryTextRow } from '../../modules/registries/registry.entity';
import { Region, Tenant, TenantDomain, TenantLocale } from '../../modules/tenancy/tenant.entity';

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
  RegistryEntryRow,
  RegistryEntryTextRow,
];
