import path from 'node:path';

/** Absolute path of the committed GraphQL contract. */
export const schemaGraphqlPath = path.join(__dirname, '..', 'schema.graphql');

export * from './theme';
