import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { openDatabase } from '../db/connect';
import { createServices } from '../services';
import { seedDemo } from '../seed/demo';
import { registerBackupCommands } from './backup.commands';

export function registerDbCommands(program: Command, config: Config): void {
  const db = program.command('db').description('migrations, demo data, backups of the embedded database');

  db.command('migrate')
    .description('apply every pending migration')
    .action(async () => {
      const database = await openDatabase(config, 'tool');
      try {
        const applied = await database.dataSource.runMigrations({ transaction: 'each' });
        console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'database is up to date');
      } finally {
        await database.close();
      }
    });

  db.command('rollback')
    .description('undo the newest migration (or all of them with --all)')
    .option('--all', 'undo every migration, leaving an empty schema')
    .action(async (opts: { all?: boolean }) => {
      const database = await openDatabase(config, 'tool');
      try {
        do {
          const executed = await database.dataSource.query(`SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1`).catch(() => []);
          if (!executed.length) {
            console.log('no migration to undo');
            break;
          }
          await database.dataSource.undoLastMigration({ transaction: 'each' });
          console.log(`undid ${executed[0].name}`);
        } while (opts.all);
      } finally {
        await database.close();
      }
    });

  db.command('seed')
    .description('create the demo tenants and their admins if missing (safe to repeat)')
    .action(async () => {
      const database = await openDatabase(config, 'tool');
      try {
        const report = await seedDemo(createServices(database.db));
        console.log(report.length ? report.join('\n') : 'demo data already present');
      } finally {
        await database.close();
      }
    });

  registerBackupCommands(db, config);
}
