import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { Services } from '../../platform/services';
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
import { toManagedType } from './registry.mappers';
import type { RegistryActor } from './registry.service';
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

const MEMBERS = ['admin', 'editor', 'translator', 'reviewer', 'viewer'] as const;

function actorOf(ctx: RequestContext): RegistryActor {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', undefined, 'SIGN_IN_REQUIRED');
  if (!ctx.membership) throw new AppError('FORBIDDEN', 'You are not a member of this organisation.', undefined, 'NOT_A_MEMBER');
  return { userId: ctx.user.id, label: ctx.user.email, role: ctx.membership.role };
}

/** Editing registries: every member reads (flags, expired entries too); admins and editors write. */
@Resolver()
export class RegistryEditorResolver {
  constructor(private readonly services: Services) {}

  private chain(ctx: RequestContext, locale?: string | null): string[] {
    const tag = ctx.tenantConfig.locales.find((l) => l.tag === locale)?.tag ?? ctx.tenantConfig.defaultLocale;
    return localeChain(ctx.tenantConfig, tag);
  }

  /** Registry changes must reach readers at once: listeners (e.g. response caches) hear of them after commit. */
  private changed(ctx: RequestContext): void {
    this.services.events.emit('registryChange', { tenantId: ctx.tenant.id });
  }

  @Access(...MEMBERS)
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
        kind: filter.kind as never,
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

  @Access(...MEMBERS)
  @Query(() => ManagedRegistryEntryType)
  async registryEntryForEditors(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('locale', () => String, { nullable: true }) locale?: string | null,
  ): Promise<ManagedRegistryEntryType> {
    return toManagedType(await ctx.tx((tx) => this.services.registries.record(tx, id)), this.chain(ctx, locale));
  }

  @Access(...MEMBERS)
  @Query(() => RegistrySettingsType)
  async registrySettings(@Ctx() ctx: RequestContext): Promise<RegistrySettingsType> {
    return { verificationMonths: await ctx.tx((tx) => this.services.registries.verificationMonths(tx)) };
  }

  @Access('admin', 'editor')
  @Mutation(() => RegistryEntryPayload)
  async createRegistryEntry(@Ctx() ctx: RequestContext, @Arg('input') input: CreateRegistryEntryInput): Promise<RegistryEntryPayload> {
    const actor = actorOf(ctx);
    const record = await ctx.tx((tx) => this.services.registries.create(tx, actor, specFrom(input.entry)));
    this.changed(ctx);
    return { entry: toManagedType(record, this.chain(ctx)) };
  }

  @Access('admin', 'editor')
  @Mutation(() => RegistryEntryPayload, { description: 'Replaces an entry; CONFLICT when someone saved it after baseVersion' })
  async updateRegistryEntry(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateRegistryEntryInput): Promise<RegistryEntryPayload> {
    const actor = actorOf(ctx);
    const record = await ctx.tx((tx) => this.services.registries.update(tx, actor, input.id, input.baseVersion, specFrom(input.entry)));
    this.changed(ctx);
    return { entry: toManagedType(record, this.chain(ctx)) };
  }

  @Access('admin', 'editor')
  @Mutation(() => DeleteRegistryEntryPayload)
  async deleteRegistryEntry(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: DeleteRegistryEntryInput,
  ): Promise<DeleteRegistryEntryPayload> {
    const actor = actorOf(ctx);
    await ctx.tx((tx) => this.services.registries.remove(tx, actor, input.id));
    this.changed(ctx);
    return { deletedId: input.id };
  }

  @Access('admin', 'editor')
  @Mutation(() => RegistryEntryPayload, { description: 'Records that the entry was checked against its source' })
  async markRegistryEntryVerified(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: MarkRegistryEntryVerifiedInput,
  ): Promise<RegistryEntryPayload> {
    const actor = actorOf(ctx);
    const record = await ctx.tx((tx) => this.services.registries.markVerified(tx, actor, input.id, input));
    this.changed(ctx);
    return { entry: toManagedType(record, this.chain(ctx)) };
  }

  @Access('admin', 'editor')
  @Mutation(() => ImportRegistryEntriesPayload, {
    description: 'Imports entries from CSV: every row is checked first; by default one bad row means nothing is written',
  })
  async importRegistryEntries(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: ImportRegistryEntriesInput,
  ): Promise<ImportRegistryEntriesPayload> {
    const actor = actorOf(ctx);
    const mapping = Object.fromEntries(input.mapping.map((m) => [m.column, m.field]));
    const report = await ctx.tx((tx) =>
      this.services.registries.importCsv(tx, actor, input.csv, { dryRun: input.dryRun, skipInvalid: input.skipInvalid, mapping }),
    );
    if (report.written) this.changed(ctx);
    return report;
  }

  @Access('admin')
  @Mutation(() => RegistrySettingsPayload)
  async updateRegistrySettings(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: UpdateRegistrySettingsInput,
  ): Promise<RegistrySettingsPayload> {
    const actor = actorOf(ctx);
    const months = await ctx.tx((tx) => this.services.registries.setVerificationMonths(tx, actor, input.verificationMonths));
    return { settings: { verificationMonths: months } };
  }
}
