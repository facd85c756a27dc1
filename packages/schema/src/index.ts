import path from 'node:path';

export * from './inline';
export * from './blocks';
export * from './document';
export * from './url-policy';
export * from './limits';
export * from './xml-bytes';

/** Absolute path of the committed GraphQL contract. */
export const schemaGraphqlPath = path.join(__dirname, '..', 'schema.graphql');

export * from './theme';
