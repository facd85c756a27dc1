import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Services } from '../../platform/services';
import { actorOf } from '../references/actor';
import {
  DeleteMediaItemInput,
  DeleteMediaItemPayload,
  MediaItemType,
  SetMediaDecorativeInput,
  SetMediaDecorativePayload,
  SetMediaTextInput,
  SetMediaTextPayload,
} from './media.types';

const READERS = ['admin', 'editor', 'translator', 'reviewer'] as const;
const WRITERS = ['admin', 'editor'] as const;

/** Images are uploaded over REST (POST /media); their texts and flags are edited here. */
@Resolver()
export class MediaResolver {
  constructor(private readonly services: Services) {}

  @Access(...READERS)
  @Query(() => MediaItemType)
  mediaItem(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<MediaItemType> {
    return ctx.tx((tx) => this.services.media.get(tx, id));
  }

  @Access(...READERS)
  @Query(() => [MediaItemType], { description: "The organisation's images, newest first (at most 200)" })
  mediaItems(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 50 }) first: number): Promise<MediaItemType[]> {
    return ctx.tx((tx) => this.services.media.list(tx, first));
  }

  @Access(...WRITERS)
  @Mutation(() => SetMediaTextPayload, { description: 'Sets alt text and caption of an image in one locale' })
  async setMediaText(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetMediaTextInput) input: SetMediaTextInput,
  ): Promise<SetMediaTextPayload> {
    const actor = actorOf(ctx);
    const { mediaId, ...text } = input;
    return { mediaItem: await ctx.tx((tx) => this.services.media.setText(tx, actor, mediaId, text)) };
  }

  @Access(...WRITERS)
  @Mutation(() => SetMediaDecorativePayload, { description: 'Marks an image as decorative (or not)' })
  async setMediaDecorative(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetMediaDecorativeInput) input: SetMediaDecorativeInput,
  ): Promise<SetMediaDecorativePayload> {
    const actor = actorOf(ctx);
    return { mediaItem: await ctx.tx((tx) => this.services.media.setDecorative(tx, actor, input.mediaId, input.decorative)) };
  }

  @Access(...WRITERS)
  @Mutation(() => DeleteMediaItemPayload, { description: 'Refused with CONFLICT while a document shows the image' })
  async deleteMediaItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteMediaItemInput) input: DeleteMediaItemInput,
  ): Promise<DeleteMediaItemPayload> {
    const actor = actorOf(ctx);
    const key = await ctx.tx((tx) => this.services.media.delete(tx, actor, input.id));
    // The file goes only after the record is gone for good.
    await this.services.media.removeFile(key);
    return { deletedId: input.id };
  }
}
