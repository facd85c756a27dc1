import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Public } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import { forbidden } from '../../kernel/errors';
import type { ContentDeps } from './deps';
import { today } from './actor';
import { DocumentFilter } from './content.inputs';
import { DocumentConnectionType, DocumentListItemType, DocumentOrder, DocumentType, PublishedDocumentType } from './content.types';
import type { DocumentRow } from './document.entity';
import { documentsByIds } from './document.queries';
import { listDocuments, type ListItem } from './listing';
import { kindOf, statusOf, toDocument, toListItem, toPublished } from './mappers';
import { withImageSources } from './media-sources';
import { readerScope } from './public-read';
import { localizedForReader, publishedInChain } from './fallback-read';
import { fallbackChain } from '../tenancy';
import { reviewOverdue } from './quality';

/** Reads that anyone may make; members additionally see drafts in `documents`. */
@Resolver(() => DocumentListItemType)
export class PublicContentResolver {
  constructor(private readonly services: ContentDeps) {}

  @Public()
  @Query(() => PublishedDocumentType, {
    nullable: true,
    description:
      'The published version of a document for a language and region (default: the site’s region), block by block along the language’s fallback chain; null when none is published',
  })
  async publishedDocument(
    @Ctx() ctx: RequestContext,
    @Arg('slug') slug: string,
    @Arg('locale') locale: string,
    @Arg('region', () => String, { nullable: true }) region?: string | null,
  ): Promise<PublishedDocumentType | null> {
    const scope = readerScope(ctx.tenantConfig, locale, region, ctx.region ?? ctx.tenantConfig.defaultRegion);
    // Blocks missing in the reader's language come from the next locale of its chain (see docs/localization.md).
    const chain = fallbackChain(ctx.tenantConfig, scope.locale);
    const found = await publishedInChain(this.services.db, ctx.tenant.id, chain, slug);
    if (!found) return null;
    const doc = toPublished(localizedForReader(found, ctx.tenantConfig, scope.locale, scope.region));
    return doc.media.length ? ctx.tx((tx) => withImageSources(tx, this.services.media, doc)) : doc;
  }

  @Public()
  @Query(() => DocumentConnectionType, {
    description: 'Documents in one locale. Readers see published ones; members see every workflow state and may filter by status',
  })
  async documents(
    @Ctx() ctx: RequestContext,
    @Arg('filter') filter: DocumentFilter,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('orderBy', () => DocumentOrder, { defaultValue: DocumentOrder.UPDATED_DESC }) orderBy: DocumentOrder,
  ): Promise<DocumentConnectionType> {
    const member = !!ctx.membership;
    if (!member && (filter.status || filter.reviewOverdue !== undefined || filter.editedByMe)) {
      throw forbidden(
        'Only members of this organisation can filter by workflow status, review date or their own edits. Sign in first.',
        'MEMBERS_ONLY_FILTER',
      );
    }
    const { locale } = readerScope(ctx.tenantConfig, filter.locale, null);
    const { editedByMe, ...rest } = filter;
    const editedBy = editedByMe ? ctx.user?.id : undefined;
    const page = await ctx.tx((tx) =>
      listDocuments(tx, {
        filter: { ...rest, kind: kindOf(rest.kind), status: statusOf(rest.status), locale, editedBy },
        order: orderBy,
        first,
        after,
        published: !member,
        today: today(),
      }),
    );
    return {
      edges: page.items.map((item) => ({ cursor: item.cursor, node: toListItem(item) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @FieldResolver(() => Boolean)
  reviewOverdue(@Root() item: ListItem): boolean {
    return reviewOverdue(item.nextReviewDue, today());
  }

  @FieldResolver(() => DocumentType, { nullable: true, description: 'Members only: the whole document (null for readers)' })
  async document(@Root() item: ListItem, @Ctx() ctx: RequestContext): Promise<DocumentType | null> {
    if (!ctx.membership) return null;
    const row = await ctx
      .loader<string, DocumentRow | Error>('content.documentById', async (tx, ids) => {
        const rows = await documentsByIds(tx, ids);
        const m = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => m.get(id) ?? new Error(`document ${id} not found`));
      })
      .load(item.documentId);
    return toDocument(row as DocumentRow);
  }
}
