import { AppError } from '../../kernel/errors';
import type { Services } from '../services';
import { systemActor } from '../../modules/audit';
import type { TenantSpec } from '../../modules/tenancy';
import { seedDemoContent } from './demo-content';
import { seedDemoRegistries } from './registries';

/** Demo organisations; fictional, described in our own words. */
export const DEMO_TENANTS: { spec: TenantSpec; admin: { email: string; displayName: string } }[] = [
  {
    spec: {
      slug: 'gesundheit',
      name: 'Gesundheitswissen Demo-Institut',
      domains: ['gesundheit.localhost'],
      locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'ar', fallbacks: ['en', 'de'] }],
      defaultLocale: 'de',
      regions: [{ code: 'DE', name: 'Deutschland', defaultLocale: 'de', locales: ['de', 'en', 'ar'] }],
      defaultRegion: 'DE',
    },
    admin: { email: 'admin@gesundheit.example', displayName: 'Demo-Administration' },
  },
  {
    spec: {
      slug: 'gesundheit-at',
      name: 'Patienteninformation Österreich (Demo)',
      domains: ['gesundheit-at.localhost'],
      locales: [{ tag: 'de-AT', fallbacks: ['de'] }, { tag: 'de' }, { tag: 'en', fallbacks: ['de'] }],
      defaultLocale: 'de-AT',
      regions: [{ code: 'AT', name: 'Österreich', defaultLocale: 'de-AT', locales: ['de-AT', 'en'] }],
      defaultRegion: 'AT',
    },
    admin: { email: 'admin@gesundheit-at.example', displayName: 'Demo-Administration Österreich' },
  },
];

/**
 * Creates what is missing and leaves the rest alone, so it can run on every
 * start: tenants, their admins, then their published demo content. Returns lines for the console; a generated password appears only in
 * the run that created its user.
 */
export async function seedDemo(services: Services): Promise<string[]> {
  const actor = systemActor('seed');
  const report: string[] = [];
  const existing = new Set((await services.tenancy.list()).map((t) => t.slug));
  for (const { spec, admin } of DEMO_TENANTS) {
    const newTenant = !existing.has(spec.slug);
    if (newTenant) {
      await services.tenancy.create(spec, actor);
      report.push(`Created demo tenant "${spec.name}" (${spec.slug}) at ${spec.domains.join(', ')}`);
    }
    let newUser = false;
    try {
      const user = await services.identity.createUser(admin);
      newUser = true;
      report.push(
        `Admin for ${spec.slug}: ${user.email} / password: ${user.generatedPassword} (shown once; reset with: npm run cli -- user password ${user.email})`,
      );
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e;
    }
    if (newTenant || newUser) await services.identity.setMembership(spec.slug, admin.email, 'admin', [], actor);
    report.push(...(await seedDemoRegistries(services, spec.slug, { onlyIfEmpty: true })));
  }
  // Content needs the tenants (locales, regions) to exist.
  report.push(...(await seedDemoContent(services)));
  return report;
}
