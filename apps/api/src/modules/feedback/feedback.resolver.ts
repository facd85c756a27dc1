import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../../kernel/graphql/connection';
import { validUuid } from '../../kernel/ids';
import { Can, Public, principalOf } from '../../kernel/policy';
import type { FeedbackDeps } from './deps';
import { feedbackIdArg } from './feedback.service';
import { FeedbackCommentConnection, FeedbackCommentType, FeedbackSummaryType, SubmitFeedbackInput } from './feedback.types';

/** Readers answer "Was this page helpful?"; editors read the answers and mark comments handled. */
@Resolver()
export class FeedbackResolver {
  constructor(private readonly services: FeedbackDeps) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Stores a reader’s answer on a published page of this host’s organisation. Nothing about the reader is kept; a few per address in ten minutes (FEEDBACK_LIMITED beyond)',
  })
  async submitFeedback(@Arg('input') input: SubmitFeedbackInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.services.feedback.submit((fn) => ctx.tx(fn), input, ctx.http?.ip ?? 'unknown');
    return true;
  }

  @Can('feedback.read')
  @Query(() => [FeedbackSummaryType], {
    description: 'Reader feedback per document and language, the most recently rated first (at most 50)',
  })
  async feedbackSummary(@Ctx() ctx: RequestContext): Promise<FeedbackSummaryType[]> {
    const principal = principalOf(ctx);
    return ctx.tx((tx) => this.services.feedback.summary(tx, principal));
  }

  @Can('feedback.read')
  @Query(() => FeedbackCommentConnection, { description: 'Readers’ comments, newest first; open ones only unless includeHandled' })
  async feedbackComments(
    @Ctx() ctx: RequestContext,
    @Arg('documentId', () => ID, { nullable: true }) documentId?: string,
    @Arg('locale', () => String, { nullable: true }) locale?: string,
    @Arg('includeHandled', () => Boolean, { nullable: true }) includeHandled?: boolean,
    @Arg('first', () => Int, { nullable: true, description: 'Comments per page (default 20, at most 100)' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<FeedbackCommentConnection> {
    const principal = principalOf(ctx);
    const limit = pageSize(first);
    const before = after ? feedbackIdArg(decodeCursor(after, 1)[0]!, 'after') : null;
    const filter = {
      documentId: documentId ? validUuid(documentId, 'documentId', 'a document') : null,
      locale: locale ?? null,
      includeHandled: includeHandled ?? false,
    };
    const page = await ctx.tx((tx) => this.services.feedback.comments(tx, principal, filter, before, limit));
    const edges = page.rows.map((node) => ({ cursor: encodeCursor([node.id]), node }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Can('feedback.handle')
  @Mutation(() => FeedbackCommentType, { description: 'Marks a reader’s comment as handled' })
  async markFeedbackHandled(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FeedbackCommentType> {
    const principal = principalOf(ctx);
    return ctx.tx((tx) => this.services.feedback.markHandled(tx, principal, id));
  }
}
