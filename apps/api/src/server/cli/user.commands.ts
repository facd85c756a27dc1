import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { systemActor } from '../../modules/audit';
import { collect } from './parse';
import { print, withServices } from './run';

const operator = () => systemActor(`cli:${process.env.USER ?? 'operator'}`);

export function registerUserCommands(program: Command, config: Config): void {
  const user = program.command('user').description('people who sign in to the editor');
  user
    .command('create')
    .description('add a user; a password is generated and shown once unless CARELEAF_PASSWORD is set')
    .requiredOption('--email <address>', 'sign-in e-mail address')
    .requiredOption('--name <name>', 'name shown in the editor')
    .action(async (opts: { email: string; name: string }, cmd: Command) => {
      const password = process.env.CARELEAF_PASSWORD;
      const created = await withServices(config, (s) =>
        s.identity.createUser({ email: opts.email, displayName: opts.name, ...(password ? { password } : {}) }),
      );
      print(cmd, created, () => `created ${created.email}${created.generatedPassword ? `\npassword: ${created.generatedPassword}` : ''}`);
    });
  user
    .command('password')
    .description('set a new password (CARELEAF_PASSWORD, or a generated one shown once); signs the user out everywhere')
    .argument('<email>')
    .action(async (email: string) => {
      const generated = await withServices(config, (s) => s.identity.setPassword(email, process.env.CARELEAF_PASSWORD || undefined));
      console.log(generated ? `new password for ${email}: ${generated}` : `password changed for ${email}`);
    });

  user
    .command('sign-out')
    .description('end every session of a user (a lost laptop, a compromised account)')
    .argument('<email>')
    .action(async (email: string) => {
      const ended = await withServices(config, async (s) => s.sessions.revokeAll((await s.identity.userByEmail(email)).id));
      console.log(`${email}: ${ended} session${ended === 1 ? '' : 's'} ended`);
    });

  user
    .command('unlock')
    .description('lift the sign-in limits on an account (after an attack or a forgotten password); audited')
    .argument('<email>')
    .action(async (email: string) => {
      const done = await withServices(config, (s) => s.sessions.unlock(email, operator()));
      console.log(`${email}: sign-in limits lifted (${done.cleared} count${done.cleared === 1 ? '' : 's'} cleared)`);
    });

  user
    .command('delete')
    .description(
      'erase a person (GDPR): account, memberships, sessions, two-factor, settings, invitations to them; content stays (by "former member"), audit entries stay pseudonymised',
    )
    .argument('<email>')
    .option('--yes', 'really erase (without it: show what would happen)')
    .option('--force', "also when they are a tenant's last admin (the tenant is left without one)")
    .action(async (email: string, opts: { yes?: boolean; force?: boolean }, cmd: Command) => {
      if (!opts.yes) {
        const p = await withServices(config, (s) => s.erasure.preview(email));
        const lines = p.tenants.map((t) => `  ${t.slug}\t${t.role}${t.lastAdmin ? '\t(last admin)' : ''}`);
        print(cmd, p, () =>
          [
            `would erase ${p.email}, member of ${p.tenants.length} tenant(s):`,
            ...lines,
            'nothing changed: repeat with --yes to erase',
          ].join('\n'),
        );
        process.exitCode = 1;
        return;
      }
      const r = await withServices(config, (s) => s.erasure.erase(email, operator(), { force: opts.force ?? false }));
      print(
        cmd,
        r,
        () =>
          `erased ${email} from ${r.tenants.length} tenant(s)${r.tenants.length ? ` (${r.tenants.map((t) => t.slug).join(', ')})` : ''}; ` +
          `${r.auditEntriesPseudonymised} audit entr${r.auditEntriesPseudonymised === 1 ? 'y' : 'ies'} now name ${r.pseudonym}`,
      );
    });

  const member = program.command('member').description("a user's role in a tenant");
  member
    .command('set')
    .description('add a user to a tenant or change their role')
    .argument('<tenant>', 'tenant slug')
    .argument('<email>')
    .requiredOption('--role <role>', 'admin, editor, translator, reviewer or viewer')
    .option('--locale <tag>', 'for translators: a locale they may write (repeat)', collect)
    .action(async (tenant: string, email: string, opts: { role: string; locale?: string[] }, cmd: Command) => {
      const m = await withServices(config, (s) => s.identity.setMembership(tenant, email, opts.role, opts.locale ?? [], operator()));
      print(cmd, m, () => `${m.email} is ${m.role} in ${m.tenant}${m.locales.length ? ` for ${m.locales.join(', ')}` : ''}`);
    });
  member
    .command('remove')
    .description('take a user out of a tenant')
    .argument('<tenant>', 'tenant slug')
    .argument('<email>')
    .action(async (tenant: string, email: string) => {
      await withServices(config, (s) => s.identity.removeMembership(tenant, email, operator()));
      console.log(`${email} removed from ${tenant}`);
    });
  member
    .command('list')
    .description("a tenant's members")
    .argument('<tenant>', 'tenant slug')
    .action(async (tenant: string, _opts: unknown, cmd: Command) => {
      const list = await withServices(config, (s) => s.identity.memberships(tenant));
      print(
        cmd,
        list,
        () => list.map((m) => `${m.email}\t${m.role}${m.locales.length ? `\t${m.locales.join(',')}` : ''}`).join('\n') || '(no members)',
      );
    });
}
