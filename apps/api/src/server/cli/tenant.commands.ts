import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { systemActor } from '../../modules/audit';
import { type RegionSpec, type TenantPatch, type TenantView, validReviewCycle } from '../../modules/tenancy';
import { badInput } from '../../kernel/errors';
import { collect, parseLocaleOption, parseRegionOption } from './parse';
import { print, withServices } from './run';
import { registerTenantArchiveCommands } from './tenant-archive.commands';

interface TenantOptions {
  name?: string;
  domain?: string[];
  locale?: string[];
  defaultLocale?: string;
  region?: string[];
  regionDomain?: string[];
  defaultRegion?: string;
  reviewCycleMonths?: string;
}

/** --region-domain gesundheit.at=AT: readers on that host get AT until they choose a region. */
function regionsFrom(opts: TenantOptions): RegionSpec[] | undefined {
  if (!opts.region) {
    if (opts.regionDomain?.length)
      throw badInput('regionDomain', 'Give --region-domain together with the --region list it refers to.', 'REQUIRED');
    return undefined;
  }
  const pairs = (opts.regionDomain ?? []).map((p) => {
    const [host = '', code = ''] = p.split('=', 2);
    return { host: host.trim(), code: code.trim().toUpperCase() };
  });
  return opts.region.map(parseRegionOption).map((r) => {
    const domains = pairs.filter((p) => p.code === r.code.trim().toUpperCase()).map((p) => p.host);
    return domains.length ? { ...r, domains } : r;
  });
}

const operator = () => systemActor(`cli:${process.env.USER ?? 'operator'}`);

function describe(t: TenantView): string {
  const locales = t.locales.map(
    (l) => `${l.tag}${l.direction === 'rtl' ? ' (rtl)' : ''}${l.fallbacks.length ? ` → ${l.fallbacks.join(' → ')}` : ''}`,
  );
  return [
    `${t.name} (${t.slug})`,
    `  id:       ${t.id}`,
    `  domains:  ${t.domains.join(', ') || '(none)'}`,
    `  locales:  ${locales.join('; ')}  [default ${t.defaultLocale}]`,
    `  regions:  ${t.regions.map((r) => `${r.code} ${r.name}${r.domains.length ? ` (${r.domains.join(', ')})` : ''}`).join('; ') || '(none)'}${t.defaultRegion ? `  [default ${t.defaultRegion}]` : ''}`,
    `  medical review every ${t.reviewCycleMonths} months`,
  ].join('\n');
}

function withTenantOptions(cmd: Command): Command {
  return cmd
    .option('--name <name>', 'display name of the organisation')
    .option('--domain <host>', 'a host name that serves this tenant (repeat for several)', collect)
    .option('--locale <tag[:fallback,…]>', 'a locale with its fallback chain, e.g. de-AT:de,en (repeat; replaces the list)', collect)
    .option('--default-locale <tag>', 'the locale readers get first')
    .option('--region <code[:locale[:name]]>', 'an ISO 3166 region, e.g. AT:de-AT:Österreich (repeat; replaces the list)', collect)
    .option('--region-domain <host=code>', 'readers on this host get this region until they choose one (repeat; with --region)', collect)
    .option('--default-region <code>', 'the region assumed when a reader has not chosen one')
    .option('--review-cycle-months <n>', 'months between medical reviews of a document (default 36)');
}

function patchFrom(opts: TenantOptions): TenantPatch {
  return {
    ...(opts.name !== undefined ? { name: opts.name } : {}),
    ...(opts.domain ? { domains: opts.domain } : {}),
    ...(opts.locale ? { locales: opts.locale.map(parseLocaleOption) } : {}),
    ...(opts.defaultLocale ? { defaultLocale: opts.defaultLocale } : {}),
    ...(opts.region || opts.regionDomain ? { regions: regionsFrom(opts) } : {}),
    ...(opts.defaultRegion ? { defaultRegion: opts.defaultRegion } : {}),
    ...(opts.reviewCycleMonths !== undefined ? { reviewCycleMonths: Number(opts.reviewCycleMonths) } : {}),
  };
}

export function registerTenantCommands(program: Command, config: Config): void {
  const tenant = program.command('tenant').description('health organisations hosted on this installation');

  withTenantOptions(
    tenant.command('create').description('add a tenant').requiredOption('--slug <slug>', 'short stable identifier, e.g. gesundheit'),
  ).action(async (opts: TenantOptions & { slug: string }, cmd: Command) => {
    // Checked before anything is written, so a bad value leaves no half-made tenant.
    const reviewCycleMonths = opts.reviewCycleMonths === undefined ? undefined : validReviewCycle(Number(opts.reviewCycleMonths));
    const view = await withServices(config, async (s) => {
      const created = await s.tenancy.create(
        {
          slug: opts.slug,
          name: opts.name ?? opts.slug,
          domains: opts.domain ?? [],
          locales: (opts.locale ?? ['en']).map(parseLocaleOption),
          ...(opts.defaultLocale ? { defaultLocale: opts.defaultLocale } : {}),
          regions: regionsFrom(opts) ?? [],
          ...(opts.defaultRegion ? { defaultRegion: opts.defaultRegion } : {}),
        },
        operator(),
      );
      return reviewCycleMonths === undefined ? created : s.tenancy.update(created.slug, { reviewCycleMonths }, operator());
    });
    print(cmd, view, () => `created\n${describe(view)}`);
  });

  withTenantOptions(tenant.command('update').description('change a tenant; lists you give replace the old ones').argument('<slug>')).action(
    async (slug: string, opts: TenantOptions, cmd: Command) => {
      const view = await withServices(config, (s) => s.tenancy.update(slug, patchFrom(opts), operator()));
      print(cmd, view, () => `updated\n${describe(view)}`);
    },
  );

  tenant
    .command('show')
    .description('show one tenant')
    .argument('<slug>')
    .action(async (slug: string, _opts: unknown, cmd: Command) => {
      const view = await withServices(config, async (s) => {
        const ref = await s.tenancy.bySlug(slug);
        return s.db.withTenant(ref.id, (tx) => s.tenancy.view(tx));
      });
      print(cmd, view, () => describe(view));
    });

  tenant
    .command('list')
    .description('list every tenant')
    .action(async (_opts: unknown, cmd: Command) => {
      const list = await withServices(config, (s) => s.tenancy.list());
      print(cmd, list, () => list.map((t) => `${t.slug}\t${t.name}`).join('\n') || '(no tenants)');
    });

  registerTenantArchiveCommands(tenant, config);
}
