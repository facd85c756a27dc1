import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Can, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { RegistriesDeps } from './deps';
import {
  CreateRegistryEntryInput,
  DeleteRegistryEntryInput,
  ImportRegistryEntriesInput,
  ManagedRegistryEntryFilter,
  MarkRegistryEntryVerifiedInput,
  UpdateRegistryEntryInput,
  UpdateRegistrySettingsInput,
  specFrom,
} from './registry.inputs';
import { kindFromEnum, toManagedType } from './registry.mappers';
import {
  DeleteRegistryEntryPayload,
  ImportRegistryEntriesPayload,
  ManagedRegistryEntryConnectionType,
  ManagedRegistryEntryType,
  RegistryEntryPayload,
  RegistrySettingsPayload,
  RegistrySettingsType,
} from './registry.types';
import { localeChain } from './locale-chain';

/** Editing registries: every member reads (flags, expired entries too); admins and editors write. */
@Resolver()
export class RegistryEditorResolver {
  constructor(private readonly services: RegistriesDeps) {}

  private chain(ctx: RequestContext, locale?: string | null): string[] {
    const tag = ctx.tenantConfig.locales.find((l) => l.tag === locale)?.tag ?? ctx.tenantConfig.defaultLocale;
    return localeChain(ctx.tenantConfig, tag);
  }

  @Can('registry.read')
  @Query(() => ManagedRegistryEntryConnectionType, {
    description: 'Every entry, expired or not, with the flags that need attention (filter flagged: true for the work list)',
  })
  async registryEntriesForEditors(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ManagedRegistryEntryFilter, { defaultValue: {} }) filter: ManagedRegistryEntryFilter,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ManagedRegistryEntryConnectionType> {
    const page = await ctx.tx((tx) =>
      this.services.registries.listForEditors(tx, {
        locale: filter.locale,
        kind: kindFromEnum(filter.kind),
        region: filter.region?.trim().toUpperCase() || null,
        text: filter.text,
        flagged: filter.flagged,
        first,
        after,
      }),
    );
    const chain = this.chain(ctx, filter.locale);
    return {
      edges: page.items.map((i) => ({ cursor: i.cursor, node: toManagedType(i.node, chain) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Can('registry.read')
  @Query(() => ManagedRegistryEntryType)
  async registryEntryForEditors(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('locale', () => String, { nullable: true }) locale?: string | null,
  ): Promise<ManagedRegistryEntryType> {
    return toManagedType(await ctx.tx((tx) => this.services.registries.record(tx, id)), this.chain(ctx, locale));
  }

  @Can('registry.read')
  @Query(() => RegistrySettingsType)
  async registrySettings(@Ctx() ctx: RequestContext): Promise<RegistrySettingsType> {
    return { verificationMonths: await ctx.tx((tx) => this.services.registries.verificationMonths(tx)) };
  }

  @Can('registry.edit')
  @Mutation(() => RegistryEntryPayload)
  async createRegistryEntry(@Ctx() ctx: RequestContext, @Arg('input') input: CreateRegistryEntryInput): Promise<RegistryEntryPayload> {
    const actor = principalOf(ctx);
    const record = await ctx.tx((tx) => this.services.registries.create(tx, actor, specFrom(input.entry)));
    return { entry: toManagedType(record, this.chain(ctx)) };
  }

  @Can('registry.edit')
  @Mutation(() => RegistryEntryPayload, { description: 'Replaces an entry; CONFLICT when someone saved it after baseVersion' })
  async updateRegistryEntry(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateRegistryEntryInput): Promise<RegistryEntryPayload> {
    const actor = principalOf(ctx);
    const record = await ctx.tx((tx) => this.services.registries.update(tx, actor, input.id, input.baseVersion, specFrom(input.entry)));
    return { entry: toManagedType(record, this.chain(ctx)) };
  }

  @Can('registry.edit')
  @Mutation(() => DeleteRegistryEntryPayload)
  async deleteRegistryEntry(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: DeleteRegistryEntryInput,
  ): Promise<DeleteRegistryEntryPayload> {
    const actor = principalOf(ctx);
    await ctx.tx((tx) => this.services.registries.remove(tx, actor, input.id));
    return { deletedId: input.id };
  }

  @Can('registry.edit')
  @Mutation(() => RegistryEntryPayload, { description: 'Records that the entry was checked against its source' })
  async markRegistryEntryVerified(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: MarkRegistryEntryVerifiedInput,
  ): Promise<RegistryEntryPayload> {
    const actor = principalOf(ctx);
    const record = await ctx.tx((tx) => this.services.registries.markVerified(tx, actor, input.id, input));
    return { entry: toManagedType(record, this.chain(ctx)) };
  }

  @Can('registry.edit')
  @Mutation(() => ImportRegistryEntriesPayload, {
    description: 'Imports entries from CSV: every row is checked first; by default one bad row means nothing is written',
  })
  async importRegistryEntries(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: ImportRegistryEntriesInput,
  ): Promise<ImportRegistryEntriesPayload> {
    const actor = principalOf(ctx);
    const mapping = Object.fromEntries(input.mapping.map((m) => [m.column, m.field]));
    const report = await ctx.tx((tx) =>
      this.services.registries.importCsv(tx, actor, input.csv, { dryRun: input.dryRun, skipInvalid: input.skipInvalid, mapping }),
    );
    return report;
  }

  @Can('registry.settings')
  @Mutation(() => RegistrySettingsPayload)
  async updateRegistrySettings(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: UpdateRegistrySettingsInput,
  ): Promise<RegistrySettingsPayload> {
    const actor = principalOf(ctx);
    const months = await ctx.tx((tx) => this.services.registries.setVerificationMonths(tx, actor, input.verificationMonths));
    return { settings: { verificationMonths: months } };
  }
}
