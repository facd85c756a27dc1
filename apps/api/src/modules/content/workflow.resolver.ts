import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Can, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { ContentDeps } from './deps';
import { CancelScheduleInput, PublishInput, ReviewInput, ScheduledWorkflowInput, WorkflowInput, WorkflowPayload } from './content.inputs';
import { toDocumentLocale } from './mappers';
import type { Transition } from './workflow.service';

/** draft → in review → approved → published (and back, unpublished, archived), per document locale. */
@Resolver()
export class WorkflowResolver {
  constructor(private readonly services: ContentDeps) {}

  private async run(ctx: RequestContext, action: Transition, input: WorkflowInput): Promise<WorkflowPayload> {
    const actor = principalOf(ctx);
    const { row, warnings } = await ctx.tx((tx) => this.services.workflow.transition(tx, actor, action, input));
    return { documentLocale: toDocumentLocale(row), warnings };
  }

  private async runOrSchedule(
    ctx: RequestContext,
    action: 'publish' | 'unpublish',
    input: ScheduledWorkflowInput & { revisionId?: string },
  ): Promise<WorkflowPayload> {
    if (!input.at) return this.run(ctx, action, input);
    const actor = principalOf(ctx);
    const at = input.at;
    const row = await ctx.tx((tx) => this.services.workflow.schedule(tx, actor, { ...input, action, at }));
    // Queued after commit; if this process dies first, the scheduler re-queues it on start.
    await this.services.scheduler?.enqueue({
      tenantId: ctx.tenant.id,
      documentId: row.documentId,
      locale: row.locale,
      action,
      at: at.toISOString(),
      ...(action === 'publish' && row.approvedRevisionId ? { revisionId: row.approvedRevisionId } : {}),
    });
    return { documentLocale: toDocumentLocale(row), warnings: [] };
  }

  @Can('translation.submit')
  @Mutation(() => WorkflowPayload, { description: 'Asks for medical and language review' })
  submitForReview(@Ctx() ctx: RequestContext, @Arg('input') input: WorkflowInput): Promise<WorkflowPayload> {
    return this.run(ctx, 'submit', input);
  }

  @Can('translation.approve')
  @Mutation(() => WorkflowPayload, { description: 'Signs off a version under review (not one you changed yourself)' })
  approveTranslation(@Ctx() ctx: RequestContext, @Arg('input') input: ReviewInput): Promise<WorkflowPayload> {
    return this.run(ctx, 'approve', input);
  }

  @Can('translation.sendBack')
  @Mutation(() => WorkflowPayload, { description: 'Returns a version to its authors with a comment' })
  sendBackTranslation(@Ctx() ctx: RequestContext, @Arg('input') input: ReviewInput): Promise<WorkflowPayload> {
    return this.run(ctx, 'sendBack', input);
  }

  @Can('document.publish')
  @Mutation(() => WorkflowPayload, { description: 'Makes the approved version public now, or at `at`' })
  publishTranslation(@Ctx() ctx: RequestContext, @Arg('input') input: PublishInput): Promise<WorkflowPayload> {
    return this.runOrSchedule(ctx, 'publish', input);
  }

  @Can('document.unpublish')
  @Mutation(() => WorkflowPayload, { description: 'Takes the published version down now, or at `at`' })
  unpublishTranslation(@Ctx() ctx: RequestContext, @Arg('input') input: ScheduledWorkflowInput): Promise<WorkflowPayload> {
    return this.runOrSchedule(ctx, 'unpublish', input);
  }

  @Can('document.publish')
  @Mutation(() => WorkflowPayload, { description: 'Cancels a publish or unpublish planned for a time' })
  async cancelScheduledChange(@Ctx() ctx: RequestContext, @Arg('input') input: CancelScheduleInput): Promise<WorkflowPayload> {
    const actor = principalOf(ctx);
    const row = await ctx.tx((tx) => this.services.workflow.cancelSchedule(tx, actor, input));
    return { documentLocale: toDocumentLocale(row), warnings: [] };
  }

  @Can('document.archive')
  @Mutation(() => WorkflowPayload, { description: 'Retires a locale: unpublished and closed for editing' })
  archiveTranslation(@Ctx() ctx: RequestContext, @Arg('input') input: WorkflowInput): Promise<WorkflowPayload> {
    return this.run(ctx, 'archive', input);
  }
}
