import { GraphQLError } from 'graphql';
import { whyDetails, type ErrorReason, type Why } from './error-reasons';

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
 * into `extensions.code` (+ `field`, the stable `reason` and its parameters),
 * the CLI into a one-line message. Clients show the reason in the reader's
 * language; the English message is the fallback (error-reasons.ts).
 */
export class AppError extends Error {
  readonly reason: ErrorReason;
  /** The reason, its parameters and any structured detail (e.g. every invalid field of a document). */
  readonly details: { reason: ErrorReason } & Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field: string | undefined,
    why: Why,
  ) {
    super(message);
    this.name = 'AppError';
    this.details = whyDetails(why);
    this.reason = this.details.reason;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  toGraphQL(): GraphQLError {
    return new GraphQLError(this.message, {
      // Parameters first, so none can stand in for the code, the field or the status.
      extensions: {
        ...this.details,
        code: this.code,
        ...(this.field ? { field: this.field } : {}),
        http: { status: this.httpStatus },
      },
    });
  }
}

export const badInput = (field: string, message: string, why: Why) => new AppError('BAD_USER_INPUT', message, field, why);
export const notFound = (message: string, why: Why) => new AppError('NOT_FOUND', message, undefined, why);
export const forbidden = (message: string, why: Why) => new AppError('FORBIDDEN', message, undefined, why);
export const conflict = (message: string, field: string | undefined, why: Why) => new AppError('CONFLICT', message, field, why);
export const unauthenticated = (message: string, why: Why) => new AppError('UNAUTHENTICATED', message, undefined, why);
export const tooManyRequests = (message: string, why: Why) => new AppError('TOO_MANY_REQUESTS', message, undefined, why);
