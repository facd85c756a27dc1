import { AuditEntry } from '../../modules/audit';
import { DocumentLocaleRow, DocumentRow, PublishedDocumentRow, RevisionRow, WorkflowEventRow } from '../../modules/content';
import { MembershipRow, User } from '../../modules/identity';
import { MediaRow, MediaTextRow } from '../../modules/media';
import { CitationRow, GlossaryEntryRow, GlossaryTermRow } from '../../modules/references';
import { RegistryEntryRow, RegistryEntryTextRow } from '../../modules/registries';
import { Region, Tenant, TenantDomain, TenantLocale } from '../../modules/tenancy';

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
