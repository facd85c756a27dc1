import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import type { LimitContext } from '../limits';

export interface InputViolation {
  message: string;
  extensions: { code: 'BAD_USER_INPUT'; field?: string; reason?: string; limit?: number };
}

/** The first failed input constraint, with its path as the client wrote it ("locales[0]", "input.email"). */
function firstViolation(errors: ValidationError[], prefix = ''): { field: string; message: string; limit?: Partial<LimitContext> } | null {
  for (const e of errors) {
    const field = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    const [constraint, message] = Object.entries(e.constraints ?? {})[0] ?? [];
    // Limits from limits.ts carry their reason and number, so a client can say "at most 50 topics".
    if (constraint && message) return { field, message, limit: e.contexts?.[constraint] as Partial<LimitContext> | undefined };
    const nested = firstViolation(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * What a client sees when class-validator refused an argument: BAD_USER_INPUT
 * with the field, and the reason and number when a limit refused it. Shared by
 * the HTTP layer and the in-process test harnesses, so both answer alike.
 */
export function inputViolation(error: unknown): InputViolation | null {
  if (!(error instanceof ArgumentValidationError)) return null;
  const violation = firstViolation((error.extensions.validationErrors as ValidationError[] | undefined) ?? []);
  return {
    message: violation?.message ?? 'Some input is not valid.',
    extensions: {
      code: 'BAD_USER_INPUT',
      ...(violation ? { field: violation.field } : {}),
      ...(violation?.limit?.reason ? { reason: violation.limit.reason, limit: violation.limit.limit } : {}),
    },
  };
}
