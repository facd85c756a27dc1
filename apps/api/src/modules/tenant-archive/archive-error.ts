/**
 * A tenant move or delete that cannot go on, for the operator at the CLI (never
 * a GraphQL error): the message says what is wrong and what to do.
 */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}
