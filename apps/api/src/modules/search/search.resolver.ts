import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Public } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { SearchDeps } from './deps';
import { readerScope } from '../content';
import { directionIn, fallbackChain } from '../tenancy';
import { SearchConnectionType } from './search.types';

@Resolver()
export class SearchResolver {
  constructor(private readonly services: SearchDeps) {}

  @Public()
  @Query(() => SearchConnectionType, {
    description:
      'Published documents matching a query, ranked, with highlighted snippets; stemmed for the language (documents not published in it are searched along its fallback chain)',
  })
  async search(
    @Ctx() ctx: RequestContext,
    @Arg('query') query: string,
    @Arg('locale') locale: string,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SearchConnectionType> {
    // Without a chosen region, the region of the domain the reader came in on, as publishedDocument and registries do.
    const scope = readerScope(ctx.tenantConfig, locale, region, ctx.region ?? ctx.tenantConfig.defaultRegion);
    const chain = fallbackChain(ctx.tenantConfig, scope.locale);
    const result = await ctx.tx((tx) => this.services.search.search(tx, { query, chain, region: scope.region, first, after }));
    return {
      edges: result.hits.map((hit, i) => ({
        cursor: result.cursors[i]!,
        node: { ...hit, dir: directionIn(ctx.tenantConfig, hit.locale), fallback: hit.locale !== scope.locale },
      })),
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor },
      totalCount: result.total,
    };
  }
}
