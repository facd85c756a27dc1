import type { Command } from 'commander';
import { checkContract, CONTRACT_PATH, emitContract } from '../graphql/contract';

export function registerSchemaCommands(program: Command): void {
  const schema = program.command('schema').description('the committed GraphQL contract (packages/schema/schema.graphql)');
  schema
    .command('emit')
    .description('write the schema the code defines to packages/schema/schema.graphql')
    .action(async () => {
      await emitContract();
      console.log(`wrote ${CONTRACT_PATH}`);
    });
  schema
    .command('check')
    .description('fail when packages/schema/schema.graphql differs from the code')
    .action(async () => {
      const result = await checkContract();
      if (!result.upToDate) {
        console.error(result.message);
        process.exitCode = 1;
      } else {
        console.log('schema.graphql is up to date');
      }
    });
}
