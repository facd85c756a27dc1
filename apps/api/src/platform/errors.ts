import { GraphQLError } from 'graphql';

export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * A failure a person can act on. Services throw it; the GraphQL layer turns it
 * into `extensions.code` (+ `field`), the CLI into a one-line message.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Structured detail for clients, e.g. every invalid field of a document. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  toGraphQL(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: {
        code: this.code,
        ...(this.field ? { field: this.field } : {}),
        ...(this.details ?? {}),
        http: { status: this.httpStatus },
      },
    });
  }
}

export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, field);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const conflict = (message: string, field?: string) => new AppError('CONFLICT', message, field);
export const unauthenticated = (message: string) => new AppError('UNAUTHENTICATED', message);
export const tooManyRequests = (message: string) => new AppError('TOO_MANY_REQUESTS', message);
