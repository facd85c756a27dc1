import type { TenantTx } from '../../kernel/db/database';

/**
 * Whether documents still reference a citation, glossary term or image. The
 * references and media modules cannot see documents, so the content module
 * provides these checks (`services.usage.provide({...})`); until it does,
 * nothing counts as used and deletes go through. A check runs inside the
 * deleting transaction, so it sees the same data the delete does.
 */
export interface ReferenceUsageChecks {
  isCitationInUse(tx: TenantTx, citationId: string): Promise<boolean>;
  isTermInUse(tx: TenantTx, termId: string): Promise<boolean>;
  isMediaInUse(tx: TenantTx, mediaId: string): Promise<boolean>;
}

const unused = async (): Promise<boolean> => false;

export class ReferenceUsage implements ReferenceUsageChecks {
  private checks: ReferenceUsageChecks = { isCitationInUse: unused, isTermInUse: unused, isMediaInUse: unused };

  /** Replaces the given checks; the others stay as they were. */
  provide(checks: Partial<ReferenceUsageChecks>): void {
    this.checks = { ...this.checks, ...checks };
  }

  isCitationInUse(tx: TenantTx, citationId: string): Promise<boolean> {
    return this.checks.isCitationInUse(tx, citationId);
  }

  isTermInUse(tx: TenantTx, termId: string): Promise<boolean> {
    return this.checks.isTermInUse(tx, termId);
  }

  isMediaInUse(tx: TenantTx, mediaId: string): Promise<boolean> {
    return this.checks.isMediaInUse(tx, mediaId);
  }
}
