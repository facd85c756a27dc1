import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Can } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { ContentDeps } from './deps';
import { PublishedDocumentType } from './content.types';
import { toPublished } from './mappers';
import { withImageSources } from './media-sources';
import { draftPreview } from './preview';

/** The editor's "preview as a reader": the draft, shaped like the published read. */
@Resolver()
export class PreviewResolver {
  constructor(private readonly services: ContentDeps) {}

  @Can('document.read')
  @Query(() => PublishedDocumentType, {
    description:
      'Members only: the newest (draft) revision of a locale as a reader in `region` (default: the site’s) would see it if it were published now; nothing is checked or stored',
  })
  draftPreview(
    @Ctx() ctx: RequestContext,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('locale') locale: string,
    @Arg('region', () => String, { nullable: true }) region?: string | null,
  ): Promise<PublishedDocumentType> {
    return ctx.tx(async (tx) => {
      const doc = toPublished(
        await draftPreview(tx, this.services, ctx.tenantConfig, { documentId, locale, region: region ?? ctx.region }),
      );
      return withImageSources(tx, this.services.media, doc);
    });
  }
}
