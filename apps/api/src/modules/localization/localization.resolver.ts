import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Can, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { LocalizationDeps } from './deps';
import { toDocumentLocale, toRevision } from '../content';
import {
  ConfirmTranslatedBlocksInput,
  ConfirmTranslatedBlocksPayload,
  DeleteTermConceptInput,
  DeleteTermConceptPayload,
  ImportXliffInput,
  SaveTermConceptInput,
  SaveTranslatedBlocksInput,
  SaveTranslatedBlocksPayload,
  TermConceptPayload,
  TermConceptType,
  TranslationProgressConnectionType,
  TranslationProgressFilter,
  TranslationViewType,
  XliffExportInput,
  XliffFileType,
  XliffImportReportType,
} from './localization.types';
import { tenantLocale } from '../tenancy';
import {
  blockStatusOf,
  toProgressRow,
  toTermConcept,
  toTranslationView,
  toXliffFile,
  toXliffImportReport,
  writeStateOf,
  xliffVersionOf,
} from './localization.mappers';

/** Translation work: side by side, progress, XLIFF exchange, termbase. */
@Resolver()
export class LocalizationResolver {
  constructor(private readonly services: LocalizationDeps) {}

  @Can('document.read')
  @Query(() => TranslationViewType, {
    description:
      'A document’s source beside its translation into `locale`, block by block, with status, source changes, suggestions and terminology',
  })
  async translationView(
    @Ctx() ctx: RequestContext,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('locale') locale: string,
  ): Promise<TranslationViewType> {
    return toTranslationView(await ctx.tx((tx) => this.services.localization.sideBySide(tx, documentId, locale)));
  }

  @Can('document.read')
  @Query(() => TranslationProgressConnectionType, {
    description: 'Every document × target locale with block counts by status (the dashboard)',
  })
  async translationProgress(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TranslationProgressFilter, { nullable: true }) filter: TranslationProgressFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<TranslationProgressConnectionType> {
    const page = await ctx.tx(async (tx) => {
      const locale = filter?.locale ? (await tenantLocale(tx, filter.locale, 'filter.locale')).tag : undefined;
      return this.services.localization.progress(
        tx,
        { documentIds: filter?.documentIds, status: blockStatusOf(filter?.status), locale },
        first,
        after,
      );
    });
    return {
      edges: page.items.map((item) => ({ cursor: item.cursor, node: toProgressRow(item) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Can('translation.edit')
  @Query(() => XliffFileType, {
    description: 'Translations to send out as XLIFF: one document, a list, or every document with missing or outdated blocks in a locale',
  })
  async xliffExport(@Ctx() ctx: RequestContext, @Arg('input') input: XliffExportInput): Promise<XliffFileType> {
    const actor = principalOf(ctx);
    return toXliffFile(
      await ctx.tx((tx) => this.services.localization.exportXliff(tx, actor, { ...input, version: xliffVersionOf(input.version) })),
    );
  }

  @Can('termbase.read')
  @Query(() => [TermConceptType], { description: 'The organisation’s termbase' })
  async termbase(@Ctx() ctx: RequestContext): Promise<TermConceptType[]> {
    return (await ctx.tx((tx) => this.services.localization.termbase.list(tx))).map(toTermConcept);
  }

  @Can('translation.edit')
  @Mutation(() => SaveTranslatedBlocksPayload, {
    description: 'Writes translated blocks as a new revision of the translation; the blocks become drafts (or wait for review)',
  })
  async saveTranslatedBlocks(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: SaveTranslatedBlocksInput,
  ): Promise<SaveTranslatedBlocksPayload> {
    const actor = principalOf(ctx);
    return ctx.tx(async (tx) => {
      const revision = await this.services.localization.translate(tx, actor, { ...input, state: writeStateOf(input.state) });
      const row = await this.services.documents.documentLocale(tx, revision.documentId, revision.locale);
      return { revision: toRevision(revision), documentLocale: toDocumentLocale(row) };
    });
  }

  @Can('translation.edit')
  @Mutation(() => ConfirmTranslatedBlocksPayload, {
    description: 'Confirms that the translations of outdated blocks still fit the changed source, without changing their text',
  })
  async confirmTranslatedBlocks(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: ConfirmTranslatedBlocksInput,
  ): Promise<ConfirmTranslatedBlocksPayload> {
    const actor = principalOf(ctx);
    return ctx.tx(async (tx) => {
      await this.services.localization.confirmBlocks(tx, actor, input);
      return { view: toTranslationView(await this.services.localization.sideBySide(tx, input.documentId, input.locale)) };
    });
  }

  @Can('translation.edit')
  @Mutation(() => XliffImportReportType, {
    description: 'Imports a translated XLIFF 2.0 or 1.2 file: everything is checked first, and only a file without problems is written',
  })
  async importXliff(@Ctx() ctx: RequestContext, @Arg('input') input: ImportXliffInput): Promise<XliffImportReportType> {
    const actor = principalOf(ctx);
    return toXliffImportReport(
      await ctx.tx((tx) => this.services.localization.importXliff(tx, actor, { ...input, state: writeStateOf(input.state) })),
    );
  }

  @Can('termbase.edit')
  @Mutation(() => TermConceptPayload, { description: 'Adds a termbase concept, or replaces one’s note and terms' })
  async saveTermConcept(@Ctx() ctx: RequestContext, @Arg('input') input: SaveTermConceptInput): Promise<TermConceptPayload> {
    const actor = principalOf(ctx);
    return { concept: toTermConcept(await ctx.tx((tx) => this.services.localization.termbase.save(tx, actor, input))) };
  }

  @Can('termbase.edit')
  @Mutation(() => DeleteTermConceptPayload)
  async deleteTermConcept(@Ctx() ctx: RequestContext, @Arg('input') input: DeleteTermConceptInput): Promise<DeleteTermConceptPayload> {
    const actor = principalOf(ctx);
    await ctx.tx((tx) => this.services.localization.termbase.remove(tx, actor, input.id));
    return { id: input.id };
  }
}
