import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context';
import { Can, principalOf } from '../../kernel/policy';
import type { AuditDeps } from './deps';
import { toAuditEntryType } from './audit.mappers';
import { AuditEntryConnection, AuditEntryType, AuditLogFilterInput } from './audit.types';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly services: AuditDeps) {}

  @Can('audit.read')
  @Query(() => AuditEntryConnection, { description: "The organisation's audit log, newest first (admins)" })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditLogFilterInput, { nullable: true }) filter?: AuditLogFilterInput,
    @Arg('first', () => Int, { nullable: true, description: 'Entries per page (default 20, at most 100)' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditEntryConnection> {
    const principal = principalOf(ctx);
    const page = await ctx.tx((tx) => this.services.auditLog.list(tx, principal, { filter, first, after }));
    return {
      edges: page.nodes.map(({ cursor, node }) => ({ cursor, node: toAuditEntryType(node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.nodes.at(-1)?.cursor ?? null },
    };
  }
}
