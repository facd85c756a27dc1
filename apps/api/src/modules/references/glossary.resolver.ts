import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Can, Public, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { ReferencesDeps } from './deps';
import {
  CreateGlossaryTermInput,
  CreateGlossaryTermPayload,
  DeleteGlossaryTermInput,
  DeleteGlossaryTermPayload,
  GlossaryTermType,
  LocalizedGlossaryTermType,
  UpdateGlossaryTermInput,
  UpdateGlossaryTermPayload,
} from './glossary.types';

@Resolver()
export class GlossaryResolver {
  constructor(private readonly services: ReferencesDeps) {}

  @Public()
  @Query(() => [LocalizedGlossaryTermType], {
    description: 'The whole glossary for readers of `locale` (with fallbacks), in alphabetical order for that locale',
  })
  glossaryTerms(@Ctx() ctx: RequestContext, @Arg('locale', () => String) locale: string): Promise<LocalizedGlossaryTermType[]> {
    return ctx.tx((tx) => this.services.glossary.list(tx, locale));
  }

  @Public()
  @Query(() => GlossaryTermType)
  glossaryTerm(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<GlossaryTermType> {
    return ctx.tx((tx) => this.services.glossary.get(tx, id));
  }

  @Can('glossary.edit')
  @Mutation(() => CreateGlossaryTermPayload)
  async createGlossaryTerm(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateGlossaryTermInput) input: CreateGlossaryTermInput,
  ): Promise<CreateGlossaryTermPayload> {
    const actor = principalOf(ctx);
    return { term: await ctx.tx((tx) => this.services.glossary.create(tx, actor, input)) };
  }

  @Can('glossary.edit')
  @Mutation(() => UpdateGlossaryTermPayload)
  async updateGlossaryTerm(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateGlossaryTermInput) input: UpdateGlossaryTermInput,
  ): Promise<UpdateGlossaryTermPayload> {
    const actor = principalOf(ctx);
    const { id, ...patch } = input;
    return { term: await ctx.tx((tx) => this.services.glossary.update(tx, actor, id, patch)) };
  }

  @Can('glossary.edit')
  @Mutation(() => DeleteGlossaryTermPayload, { description: 'Refused with CONFLICT while a document marks the term' })
  async deleteGlossaryTerm(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteGlossaryTermInput) input: DeleteGlossaryTermInput,
  ): Promise<DeleteGlossaryTermPayload> {
    const actor = principalOf(ctx);
    await ctx.tx((tx) => this.services.glossary.delete(tx, actor, input.id));
    return { deletedId: input.id };
  }
}
