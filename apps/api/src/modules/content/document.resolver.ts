import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { ContentDeps } from './deps';
import { today } from './actor';
import {
  CreateDocumentInput,
  DocumentPayload,
  RestoreRevisionInput,
  RevisionPayload,
  SaveTranslationInput,
  UpdateDocumentMetadataInput,
} from './content.inputs';
import { DocumentLocaleType, DocumentType, RevisionDiffType, RevisionType, WorkflowEventType } from './content.types';
import type { DocumentLocaleRow, DocumentRow } from './document.entity';
import { localesByDocuments, revisionCounts, workflowEvents } from './document.queries';
import { toDocument, toDocumentLocale, toRevision, toWorkflowEvent } from './mappers';
import { reviewOverdue } from './quality';
import { diffRevisions } from './revision-diff';

/** Editor-side documents: content, revisions, metadata. Readers use publishedDocument. */
@Resolver(() => DocumentType)
export class DocumentResolver {
  constructor(private readonly services: ContentDeps) {}

  @Can('document.read')
  @Query(() => DocumentType, { description: 'A document with all its locales, in any workflow state' })
  async document(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<DocumentType> {
    return toDocument(await ctx.tx((tx) => this.services.documents.document(tx, id)));
  }

  @Can('document.read')
  @Query(() => [RevisionType], { description: 'Every saved revision of one locale, newest first' })
  async revisions(
    @Ctx() ctx: RequestContext,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('locale') locale: string,
  ): Promise<RevisionType[]> {
    return (await ctx.tx((tx) => this.services.documents.revisions(tx, documentId, locale))).map(toRevision);
  }

  @Can('document.read')
  @Query(() => RevisionType)
  async revision(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RevisionType> {
    return toRevision(await ctx.tx((tx) => this.services.documents.revision(tx, id)));
  }

  @Can('document.read')
  @Query(() => RevisionDiffType, { description: 'Block-by-block differences between two revisions of the same document' })
  async revisionDiff(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
  ): Promise<RevisionDiffType> {
    const [a, b] = await ctx.tx(async (tx) => [
      await this.services.documents.revision(tx, from),
      await this.services.documents.revision(tx, to),
    ]);
    return diffRevisions(a!.content, b!.content) as RevisionDiffType;
  }

  @Can('document.read')
  @Query(() => [WorkflowEventType], { description: 'The workflow history of one locale, with comments' })
  async workflowHistory(
    @Ctx() ctx: RequestContext,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('locale') locale: string,
  ): Promise<WorkflowEventType[]> {
    return ctx.tx(async (tx) => {
      await this.services.documents.documentLocale(tx, documentId, locale);
      return (await workflowEvents(tx, documentId, locale)).map(toWorkflowEvent);
    });
  }

  @Can('document.create')
  @Mutation(() => DocumentPayload)
  async createDocument(@Ctx() ctx: RequestContext, @Arg('input') input: CreateDocumentInput): Promise<DocumentPayload> {
    const actor = principalOf(ctx);
    const { document, revision } = await ctx.tx((tx) => this.services.documents.create(tx, actor, input));
    return { document: toDocument(document), revision: toRevision(revision) };
  }

  @Can('translation.edit')
  @Mutation(() => RevisionPayload, { description: 'Saves a locale as a new revision; fails with CONFLICT when baseVersion is stale' })
  async saveTranslation(@Ctx() ctx: RequestContext, @Arg('input') input: SaveTranslationInput): Promise<RevisionPayload> {
    const actor = principalOf(ctx);
    return ctx.tx(async (tx) => {
      const revision = await this.services.documents.save(tx, actor, input);
      const row = await this.services.documents.documentLocale(tx, revision.documentId, revision.locale);
      return { revision: toRevision(revision), documentLocale: toDocumentLocale(row) };
    });
  }

  @Can('translation.edit')
  @Mutation(() => RevisionPayload, { description: "Brings an old revision's content back as the newest revision" })
  async restoreRevision(@Ctx() ctx: RequestContext, @Arg('input') input: RestoreRevisionInput): Promise<RevisionPayload> {
    const actor = principalOf(ctx);
    return ctx.tx(async (tx) => {
      const revision = await this.services.documents.restore(tx, actor, input);
      const row = await this.services.documents.documentLocale(tx, revision.documentId, revision.locale);
      return { revision: toRevision(revision), documentLocale: toDocumentLocale(row) };
    });
  }

  @Can('document.editDetails')
  @Mutation(() => DocumentPayload)
  async updateDocumentMetadata(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateDocumentMetadataInput): Promise<DocumentPayload> {
    const actor = principalOf(ctx);
    return { document: toDocument(await ctx.tx((tx) => this.services.documents.updateMetadata(tx, actor, input))) };
  }

  @FieldResolver(() => [DocumentLocaleType])
  locales(@Root() doc: DocumentRow, @Ctx() ctx: RequestContext): Promise<DocumentLocaleType[]> {
    return ctx
      .loader<string, DocumentLocaleRow[]>('content.localesByDocument', async (tx, ids) => {
        const byDoc = await localesByDocuments(tx, ids);
        return ids.map((id) => byDoc.get(id) ?? []);
      })
      .load(doc.id)
      .then((rows) => rows.map(toDocumentLocale));
  }

  @FieldResolver(() => Boolean, { description: 'The next review date has passed' })
  reviewOverdue(@Root() doc: DocumentRow): boolean {
    return reviewOverdue(doc.nextReviewDue, today());
  }

  @FieldResolver(() => Int, { description: 'Revisions across all locales' })
  async revisionCount(@Root() doc: DocumentRow, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx
      .loader<string, number>('content.revisionCount', async (tx, ids) => {
        const m = await revisionCounts(tx, ids);
        return ids.map((id) => m.get(id) ?? 0);
      })
      .load(doc.id);
  }
}
