import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Public } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { RegistriesDeps } from './deps';
import { PublishedDocumentType, readerScope } from '../content';
import { regionDisplayName, RegionType } from '../tenancy';
import { embedsIn } from './registry.embeds';
import { RegistryEntryFilter } from './registry.inputs';
import { kindLabel } from './registry.labels';
import { kindFromEnum, toEntryType, toKindEnum } from './registry.mappers';
import { REGISTRY_KINDS } from './registry.model';
import { RegistryEntryConnectionType, RegistryEntryType, RegistryListType, RegistryType } from './registry.types';
import { localeChain } from './locale-chain';

/** The reader's locale and region, checked like publishedDocument checks them. */
function scopeOf(ctx: RequestContext, locale: string, region: string | null | undefined) {
  const scope = readerScope(ctx.tenantConfig, locale, region, ctx.region ?? ctx.tenantConfig.defaultRegion);
  return { ...scope, chain: localeChain(ctx.tenantConfig, scope.locale) };
}

/** What readers may see of the registries: only entries valid today, texts in their language or a fallback. */
@Resolver()
export class RegistryPublicResolver {
  constructor(private readonly services: RegistriesDeps) {}

  @Public()
  @Query(() => [RegistryType], { description: 'The kinds of directories with entries for the reader’s region (default: the site’s)' })
  async registries(
    @Ctx() ctx: RequestContext,
    @Arg('locale') locale: string,
    @Arg('region', () => String, { nullable: true }) region?: string | null,
  ): Promise<RegistryType[]> {
    const scope = scopeOf(ctx, locale, region);
    const counts = await ctx.tx((tx) => this.services.registries.kindCounts(tx, scope.region));
    return REGISTRY_KINDS.flatMap((kind) => {
      const entryCount = counts.find((c) => c.kind === kind)?.count ?? 0;
      return entryCount ? [{ kind: toKindEnum(kind), ...kindLabel(kind, scope.chain), entryCount }] : [];
    });
  }

  @Public()
  @Query(() => RegistryEntryConnectionType, {
    description: 'Directory entries for the reader’s region (default: the site’s), sorted by name; expired ones never appear',
  })
  async registryEntries(
    @Ctx() ctx: RequestContext,
    @Arg('filter') filter: RegistryEntryFilter,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<RegistryEntryConnectionType> {
    const scope = scopeOf(ctx, filter.locale, filter.region);
    const page = await ctx.tx((tx) =>
      this.services.registries.listForReaders(tx, {
        chain: scope.chain,
        kind: kindFromEnum(filter.kind),
        region: scope.region,
        text: filter.text,
        condition: filter.condition,
        tags: filter.tags,
        first,
        after,
      }),
    );
    return {
      edges: page.items.map((i) => ({ cursor: i.cursor, node: toEntryType(i.node, ctx.tenantConfig) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Public()
  @Query(() => RegistryEntryType, {
    nullable: true,
    description: 'One entry for readers; null when it does not exist or is not valid today',
  })
  async registryEntry(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('locale') locale: string,
  ): Promise<RegistryEntryType | null> {
    const scope = scopeOf(ctx, locale, null);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    const entry = await ctx.tx((tx) => this.services.registries.entryForReaders(tx, id, scope.chain));
    return entry ? toEntryType(entry, ctx.tenantConfig) : null;
  }
}

/**
 * Registry embeds on published pages, resolved at read time for the region
 * and locale the page was read for. Kept out of the content module: content
 * knows the block, registries know the entries.
 */
@Resolver(() => PublishedDocumentType)
export class PublishedRegistryListsResolver {
  constructor(private readonly services: RegistriesDeps) {}

  @FieldResolver(() => [RegistryListType], {
    description: 'The entries of every registryEmbed block on the page, by block id: one query for all of them',
  })
  async registryLists(@Root() doc: PublishedDocumentType, @Ctx() ctx: RequestContext): Promise<RegistryListType[]> {
    if (!embedsIn(doc.blocks).length) return [];
    const chain = localeChain(ctx.tenantConfig, doc.locale);
    const lists = await ctx.tx((tx) => this.services.registries.lists(tx, doc.blocks, { region: doc.region, chain }));
    return lists.map((l) => ({
      blockId: l.blockId,
      kind: toKindEnum(l.kind),
      entries: l.entries.map((e) => toEntryType(e, ctx.tenantConfig)),
    }));
  }
}

@Resolver(() => RegionType)
export class RegionNameResolver {
  @FieldResolver(() => String, {
    description: 'The region’s name in a language (countries by their standard name; subdivisions as stored)',
  })
  displayName(@Root() region: RegionType, @Arg('locale') locale: string): string {
    if (region.code.length > 2) return region.name;
    try {
      return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(region.code) ?? region.name;
    } catch {
      return region.name || regionDisplayName(region.code);
    }
  }
}
