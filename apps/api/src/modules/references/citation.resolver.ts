import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { ReferencesDeps } from './deps';
import { formatCitation } from './citation.format';
import { citationDataOf, toCitationType } from './citation.mappers';
import {
  CitationConnection,
  CitationKindValue,
  CitationType,
  CreateCitationInput,
  CreateCitationPayload,
  DeleteCitationInput,
  DeleteCitationPayload,
  FormattedCitationType,
  UpdateCitationInput,
  UpdateCitationPayload,
} from './citation.types';
import { canonicalLocale } from '../tenancy';

@Resolver(() => CitationType)
export class CitationResolver {
  constructor(private readonly services: ReferencesDeps) {}

  @Can('citation.read')
  @Query(() => CitationConnection, { description: "The organisation's citations, newest first" })
  async citations(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('kind', () => CitationKindValue, { nullable: true }) kind?: CitationKindValue,
    @Arg('search', () => String, { nullable: true, description: 'Words of the title, or a DOI or PubMed id' }) search?: string,
  ): Promise<CitationConnection> {
    const page = await ctx.tx((tx) => this.services.citations.list(tx, { first, after, kind, search }));
    return {
      edges: page.nodes.map(({ cursor, node }) => ({ cursor, node: toCitationType(node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.nodes.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Can('citation.read')
  @Query(() => CitationType)
  async citation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CitationType> {
    return toCitationType(await ctx.tx((tx) => this.services.citations.get(tx, id)));
  }

  @FieldResolver(() => FormattedCitationType, { description: 'The citation in the reference style, with labels in `locale`' })
  formatted(@Root() citation: CitationType, @Arg('locale', () => String) locale: string): FormattedCitationType {
    return formatCitation(citationDataOf(citation), canonicalLocale(locale, 'locale')) as FormattedCitationType;
  }

  @Can('citation.edit')
  @Mutation(() => CreateCitationPayload)
  async createCitation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateCitationInput) input: CreateCitationInput,
  ): Promise<CreateCitationPayload> {
    const actor = principalOf(ctx);
    return { citation: toCitationType(await ctx.tx((tx) => this.services.citations.create(tx, actor, input))) };
  }

  @Can('citation.edit')
  @Mutation(() => UpdateCitationPayload)
  async updateCitation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateCitationInput) input: UpdateCitationInput,
  ): Promise<UpdateCitationPayload> {
    const actor = principalOf(ctx);
    const { id, expectedVersion, ...fields } = input;
    return { citation: toCitationType(await ctx.tx((tx) => this.services.citations.update(tx, actor, id, fields, expectedVersion))) };
  }

  @Can('citation.edit')
  @Mutation(() => DeleteCitationPayload, { description: 'Refused with CONFLICT while a document cites it' })
  async deleteCitation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteCitationInput) input: DeleteCitationInput,
  ): Promise<DeleteCitationPayload> {
    const actor = principalOf(ctx);
    const id = input.id;
    await ctx.tx((tx) => this.services.citations.delete(tx, actor, id));
    return { deletedId: id };
  }
}
