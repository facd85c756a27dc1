#!/usr/bin/env node
import 'reflect-metadata';
import { Command, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from '../../kernel/config';
import { AppError } from '../../kernel/errors';
import { registerAuditCommands } from './audit.commands';
import { registerDbCommands } from './db.commands';
import { registerRegistryCommands } from './registry.commands';
import { registerLocalizationCommands } from './localization.commands';
import { registerMailCommands } from './mail.commands';
import { registerMediaCommands } from './media.commands';
import { registerSchemaCommands } from './schema.commands';
import { registerTenantCommands } from './tenant.commands';
import { registerUserCommands } from './user.commands';

const program = new Command()
  .name('careleaf')
  .description(
    'Operator tools for Careleaf: database, tenants, users and memberships, registries, translations (XLIFF), failed mail, audit log export.\nUses DATABASE_URL when set, else the embedded database under .data/.',
  )
  .showHelpAfterError('(add --help for usage)')
  .addOption(new Option('--json', 'print results as JSON'));

let config: Config;
try {
  config = loadConfig(process.env, 'tool');
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
registerDbCommands(program, config);
registerSchemaCommands(program);
registerTenantCommands(program, config);
registerUserCommands(program, config);
registerRegistryCommands(program, config);
registerLocalizationCommands(program, config);
registerMailCommands(program, config);
registerMediaCommands(program, config);
registerAuditCommands(program, config);

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof AppError) {
    console.error(`error: ${err.message}${err.field ? ` (${err.field})` : ''}`);
    process.exit(err.code === 'BAD_USER_INPUT' ? 2 : 1);
  }
  console.error(err);
  process.exit(1);
});
