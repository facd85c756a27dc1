import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Can, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { MediaDeps } from './deps';
import {
  DeleteMediaItemInput,
  DeleteMediaItemPayload,
  MediaItemType,
  SetMediaDecorativeInput,
  SetMediaDecorativePayload,
  SetMediaTextInput,
  SetMediaTextPayload,
} from './media.types';

/** Images are uploaded over REST (POST /media); their texts and flags are edited here. */
@Resolver()
export class MediaResolver {
  constructor(private readonly services: MediaDeps) {}

  @Can('media.read')
  @Query(() => MediaItemType)
  mediaItem(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<MediaItemType> {
    return ctx.tx((tx) => this.services.media.get(tx, id));
  }

  @Can('media.read')
  @Query(() => [MediaItemType], { description: "The organisation's images, newest first (at most 200)" })
  mediaItems(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 50 }) first: number): Promise<MediaItemType[]> {
    return ctx.tx((tx) => this.services.media.list(tx, first));
  }

  @Can('media.edit')
  @Mutation(() => SetMediaTextPayload, { description: 'Sets alt text and caption of an image in one locale' })
  async setMediaText(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetMediaTextInput) input: SetMediaTextInput,
  ): Promise<SetMediaTextPayload> {
    const actor = principalOf(ctx);
    const { mediaId, ...text } = input;
    return { mediaItem: await ctx.tx((tx) => this.services.media.setText(tx, actor, mediaId, text)) };
  }

  @Can('media.edit')
  @Mutation(() => SetMediaDecorativePayload, { description: 'Marks an image as decorative (or not)' })
  async setMediaDecorative(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetMediaDecorativeInput) input: SetMediaDecorativeInput,
  ): Promise<SetMediaDecorativePayload> {
    const actor = principalOf(ctx);
    return { mediaItem: await ctx.tx((tx) => this.services.media.setDecorative(tx, actor, input.mediaId, input.decorative)) };
  }

  @Can('media.edit')
  @Mutation(() => DeleteMediaItemPayload, { description: 'Refused with CONFLICT while a document shows the image' })
  async deleteMediaItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteMediaItemInput) input: DeleteMediaItemInput,
  ): Promise<DeleteMediaItemPayload> {
    const actor = principalOf(ctx);
    const keys = await ctx.tx((tx) => this.services.media.delete(tx, actor, input.id));
    // The files (original and derivatives) go only after the record is gone for good.
    await this.services.media.removeFiles(keys);
    return { deletedId: input.id };
  }
}
