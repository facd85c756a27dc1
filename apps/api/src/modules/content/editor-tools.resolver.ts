import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Can, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { ContentDeps } from './deps';
import { runContentChecks } from './checks';
import { unmetRequirements } from './publish-gate';
import { ContentCheckReportType, ImportDocumentInput, ImportDocumentPayload } from './editor-tools.types';
import { importAsDocument } from './import-document';
import { toDocument, toRevision } from './mappers';
import { referencedIds } from './snapshot';

/** What editors use while writing: import of old articles, and the content checks as they type. */
@Resolver()
export class EditorToolsResolver {
  constructor(private readonly services: ContentDeps) {}

  @Can('document.create')
  @Mutation(() => ImportDocumentPayload, {
    description: 'Turns a Markdown or HTML article into a draft document; the report lists what was removed or needs attention',
  })
  async importDocument(@Ctx() ctx: RequestContext, @Arg('input') input: ImportDocumentInput): Promise<ImportDocumentPayload> {
    const actor = principalOf(ctx);
    const outcome = await ctx.tx((tx) => importAsDocument(tx, actor, this.services, input));
    return {
      document: toDocument(outcome.document),
      revision: toRevision(outcome.revision),
      report: outcome.report.map((e) => ({
        code: e.code,
        element: e.element,
        reason: e.reason,
        line: e.position?.line ?? null,
        column: e.position?.column ?? null,
        blockId: e.blockId ?? null,
        text: e.text ?? null,
      })),
    };
  }

  @Can('document.read')
  @Query(() => ContentCheckReportType, {
    description: 'The content checks for the newest revision of a locale (the same ones that gate publishing)',
  })
  async contentChecks(
    @Ctx() ctx: RequestContext,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('locale') locale: string,
    @Arg('uiLocale', { defaultValue: 'en', description: 'de or en: the language of the messages' }) uiLocale: string,
  ): Promise<ContentCheckReportType> {
    return ctx.tx(async (tx) => {
      const row = await this.services.documents.documentLocale(tx, documentId, locale);
      const revision = await this.services.documents.revision(tx, row.headRevisionId!);
      const fallbacks = ctx.tenantConfig.locales.find((l) => l.tag === row.locale)?.fallbacks ?? [];
      const resolved = await this.services.referenceResolver.resolve(tx, {
        ...referencedIds(revision.content),
        locale: row.locale,
        fallbacks,
      });
      const report = runContentChecks(
        revision.content,
        row.locale,
        resolved,
        uiLocale === 'de' ? 'de' : 'en',
        ctx.tenantConfig.readabilityTargets,
      );
      const document = await this.services.documents.document(tx, documentId);
      // The same rules the publisher applies, so the editor sees them before trying.
      const unmet = unmetRequirements(
        {
          quality: document.quality,
          content: revision.content,
          readabilityFindings: report.findings.filter((f) => f.checkId === 'readability').length,
        },
        ctx.tenantConfig.publishRequirements,
      );
      return { ...report, unmetRequirements: unmet } as ContentCheckReportType;
    });
  }
}
